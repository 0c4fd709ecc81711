package com.aidloop.award.web;

import com.aidloop.award.ConfirmationLine;
import com.aidloop.award.ConfirmedAwards;
import com.aidloop.award.ConfirmingAwards;
import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.award.ConfirmingAwards.Revocation;
import com.aidloop.award.RuleBreach;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Confirmation of awards (资助确认) for integrations and scripts: the same rules, scope and audit as the page. */
@RestController
@RequestMapping("/api/v1/award-confirmations")
@PreAuthorize("hasAuthority('AWARD_CONFIRM')")
@Tag(name = "资助确认", description = "县级资助中心确认学校导入的资助名单；确认时检查名额、预算、同一学年互斥项目、资助标准和家庭经济困难认定，全部通过才确认")
class ConfirmationApi {

    private final ConfirmingAwards confirming;
    private final CurrentAccounts accounts;

    ConfirmationApi(ConfirmingAwards confirming, CurrentAccounts accounts) {
        this.confirming = confirming;
        this.accounts = accounts;
    }

    /** What to confirm; {@code programmeCode} empty for all programmes of the school, {@code awardIds} empty for all its unconfirmed awards. */
    record ConfirmationRequest(String term, Long schoolId, String programmeCode, List<Long> awardIds) {}

    record ConfirmationBody(
            String term,
            long schoolId,
            List<String> programmeCodes,
            int awards,
            Money amount,
            String confirmedBy,
            Instant confirmedAt,
            List<Long> awardIds,
            List<Long> awardIdsWithoutIdentification) {

        static ConfirmationBody of(ConfirmedAwards c) {
            return new ConfirmationBody(
                    c.term().code(),
                    c.schoolId(),
                    c.programmeCodes(),
                    c.awardIds().size(),
                    c.amount(),
                    c.confirmedBy(),
                    c.confirmedAt(),
                    c.awardIds(),
                    c.identificationWarnings().stream()
                            .map(RuleBreach.BreachingAward::awardId)
                            .toList());
        }
    }

    record LineBody(
            long schoolId,
            String schoolCode,
            String schoolName,
            String programmeCode,
            String programmeName,
            long imported,
            Money importedAmount,
            long confirmed,
            Money confirmedAmount,
            Integer quota,
            Money budget,
            Integer quotaLeft,
            Money budgetLeft) {

        static LineBody of(ConfirmationLine l) {
            return new LineBody(
                    l.schoolId(),
                    l.schoolCode(),
                    l.schoolName(),
                    l.programmeCode(),
                    l.programmeName(),
                    l.imported(),
                    l.importedAmount(),
                    l.confirmed(),
                    l.confirmedAmount(),
                    l.quota(),
                    l.budget(),
                    l.quotaLeft(),
                    l.budgetLeft());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "确认学校某学期的资助",
            description = "JSON：term（学期，如 2026-AUTUMN）、schoolId（学校编号）、programmeCode（资助项目代码，不填为该校本学期全部项目）、"
                    + "awardIds（只确认这些资助，不填为全部未确认的资助；其中已确认或不属于该校该项目该学期的编号不予处理）。全部通过才确认（全部或全不）：任何一条资助违反名额、预算、"
                    + "同一学年互斥项目或资助标准时返回409，breaches 列出每条规则（rule、ruleName、message）及违反的资助（证件号码已脱敏）。"
                    + "同一学校、项目、学期的确认依次进行，两人同时确认也不会超出名额或预算。")
    @ApiResponses({
        @ApiResponse(responseCode = "201", description = "已确认"),
        @ApiResponse(responseCode = "400", description = "学期或学校未填写或格式不对"),
        @ApiResponse(responseCode = "404", description = "学校不存在或不在管辖范围内"),
        @ApiResponse(responseCode = "409", description = "违反发放规则、没有待确认的资助或确认期间数据已变化；未确认任何资助")
    })
    ConfirmationBody confirm(@RequestBody ConfirmationRequest request) {
        if (request.schoolId() == null) {
            throw InvalidInput.of("schoolId", "confirmation.school.required");
        }
        Term term = term(request.term());
        String programme =
                Text.compact(request.programmeCode()).isEmpty() ? null : Text.compact(request.programmeCode());
        List<Long> ids = request.awardIds() == null || request.awardIds().isEmpty() ? null : request.awardIds();
        return ConfirmationBody.of(
                confirming.confirm(new Request(term, request.schoolId(), programme, ids), accounts.current()));
    }

    /** What to revoke; {@code programmeCode} empty for all programmes of the school. */
    record RevocationRequest(String term, Long schoolId, String programmeCode, String reason) {}

    record RevocationBody(String term, long schoolId, int awards, Money amount, List<String> programmeNames) {}

    @PostMapping("/revocations")
    @Operation(
            summary = "撤销学校某学期已确认的资助",
            description = "JSON：term（学期）、schoolId（学校编号）、programmeCode（资助项目代码，不填为该校本学期全部项目）、reason（撤销原因，必填，不超过200字）。"
                    + "撤销后这些资助回到未确认状态，可通过导入更正后重新确认。全部或全不：其中任何一条资助已进入发放批次（不论批次状态）时返回409并列出批次号，不做任何修改。"
                    + "与确认和创建发放批次依次进行；记入审计日志。")
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "已撤销"),
        @ApiResponse(responseCode = "400", description = "学期、学校或撤销原因未填写或格式不对"),
        @ApiResponse(responseCode = "404", description = "学校不存在或不在管辖范围内"),
        @ApiResponse(responseCode = "409", description = "没有已确认的资助，或资助已进入发放批次；未做任何修改")
    })
    RevocationBody revoke(@RequestBody RevocationRequest request) {
        if (request.schoolId() == null) {
            throw InvalidInput.of("schoolId", "confirmation.school.required");
        }
        Term term = term(request.term());
        String programme =
                Text.compact(request.programmeCode()).isEmpty() ? null : Text.compact(request.programmeCode());
        ConfirmingAwards.Revoked revoked = confirming.revoke(
                new Revocation(term, request.schoolId(), programme, request.reason()), accounts.current());
        return new RevocationBody(
                term.code(), request.schoolId(), revoked.awards(), revoked.amount(), revoked.programmeNames());
    }

    @GetMapping
    @Operation(summary = "查询某学期各校各项目的导入与确认情况", description = "每校每项目一行：导入人数和金额、已确认人数和金额、名额、预算及剩余")
    List<LineBody> overview(@Parameter(description = "学期，如 2026-AUTUMN") @RequestParam String term) {
        return confirming.overview(term(term), accounts.current()).stream()
                .map(LineBody::of)
                .toList();
    }

    private static Term term(String raw) {
        if (Text.compact(raw).isEmpty()) {
            throw InvalidInput.of("term", "confirmation.term.required");
        }
        return InvalidInput.field("term", () -> Term.parse(raw));
    }
}
