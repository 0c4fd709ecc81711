package com.aidloop.comparison.web;

import com.aidloop.award.RecoverableAward;
import com.aidloop.award.RecoveryEntry;
import com.aidloop.comparison.worklist.SuspectDecisions;
import com.aidloop.comparison.worklist.WorklistFilter;
import com.aidloop.comparison.worklist.WorklistItem;
import com.aidloop.comparison.worklist.WorklistKind;
import com.aidloop.comparison.worklist.Worklists;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worklists (应助未助, 四项比对) for integrations, under the rights of the pages. */
@RestController
@RequestMapping("/api/v1/comparison/worklists")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
@Tag(name = "部门数据比对", description = "应助未助、四项比对待办：查询、批量办结、四项比对处理（核实无误、取消认定、追回资金）")
class WorklistApi {

    private final Worklists worklists;
    private final SuspectDecisions decisions;
    private final CurrentAccounts accounts;

    WorklistApi(Worklists worklists, SuspectDecisions decisions, CurrentAccounts accounts) {
        this.worklists = worklists;
        this.decisions = decisions;
        this.accounts = accounts;
    }

    /** A batch closing: the items, the outcome, a note, and the home visit (ON_SITE/PHONE/VIDEO) if one was made. */
    record ClosingRequest(
            List<Long> ids,
            String outcome,
            String note,
            String visitKind,
            LocalDate visitOn,
            String visitBy,
            String visitFinding) {}

    record Closed(int closed) {}

    /** A 四项比对 decision: VERIFIED, CANCELLED or RECOVERED (then the awards, amount, day and voucher). */
    record DecisionRequest(
            String decision,
            String reason,
            List<Long> awardIds,
            BigDecimal amount,
            LocalDate recoveredOn,
            String voucher) {}

    @GetMapping("/{kind:unaided|suspect}")
    @Operation(
            summary = "待办事项（脱敏）：unaided 应助未助、suspect 四项比对；可按状态（OPEN/CLOSED/ENDED）、去向（SCHOOL/TOWNSHIP/COUNTY）、学校、乡镇筛选")
    List<WorklistItem> list(
            @PathVariable String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String route,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township) {
        return worklists.list(accounts.current(), new WorklistFilter(kind(kind), status, route, school, township));
    }

    @PostMapping("/{kind:unaided|suspect}/closings")
    @Operation(summary = "批量办结：应助未助选 AIDED/ELSEWHERE/NOT_NEEDED/OTHER 并可附家访记录；四项比对只能批量“核实无误”（VERIFIED，须填依据）")
    Closed close(@PathVariable String kind, @RequestBody ClosingRequest request) {
        return new Closed(worklists.close(
                request.ids(),
                kind(kind),
                new Worklists.Closing(
                        request.outcome(),
                        request.note(),
                        request.visitKind(),
                        request.visitOn(),
                        request.visitBy(),
                        request.visitFinding()),
                accounts.current()));
    }

    /**
     * An award of the case's student: recovered (confirmed) and pending (待复核) money, what is still
     * open, and whether money can be recovered from it (confirmed, with money open).
     */
    record AwardToRecover(
            long awardId,
            String term,
            String programmeName,
            Money amount,
            Money recovered,
            Money pending,
            Money open,
            boolean confirmed,
            boolean recoverable) {

        static AwardToRecover of(RecoverableAward a) {
            return new AwardToRecover(
                    a.awardId(),
                    a.term(),
                    a.programmeName(),
                    a.amount(),
                    a.recovered(),
                    a.pending(),
                    a.open(),
                    a.confirmed(),
                    a.recoverable());
        }
    }

    @GetMapping("/suspect/{id}/awards")
    @Operation(summary = "该学生本学年的资助：已追回（已复核）、待复核、尚可追回金额；recoverable 表示可追回（仅已确认的资助可追回）")
    List<AwardToRecover> awards(@PathVariable long id) {
        return decisions.awards(id, accounts.current()).stream()
                .map(AwardToRecover::of)
                .toList();
    }

    @PostMapping("/suspect/{id}/decision")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    @Operation(summary = "处理一条四项比对：VERIFIED 核实无误、CANCELLED 取消认定（按撤销确认规则，已入发放批次的不能撤销）、RECOVERED 追回资金")
    WorklistItem decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        var account = accounts.current();
        switch (request.decision() == null ? "" : request.decision()) {
            case "VERIFIED" -> decisions.verify(id, request.reason(), account);
            case "CANCELLED" -> decisions.cancel(id, request.reason(), account);
            case "RECOVERED" ->
                decisions.recover(
                        id,
                        request.reason(),
                        new SuspectDecisions.Recovery(
                                request.awardIds(), request.amount(), request.recoveredOn(), request.voucher()),
                        account);
            default -> throw InvalidInput.of("decision", "comparison.worklist.outcome.SUSPECT");
        }
        return worklists.get(id, account);
    }

    /** 退回 needs a reason; 复核确认 none. */
    record ReviewRequest(String reason) {}

    @GetMapping("/suspect/{id}/recoveries")
    @Operation(summary = "该事项登记的追回资金及其复核状态（PENDING 待复核、CONFIRMED 已复核、REJECTED 已退回）")
    List<RecoveryEntry> recoveries(@PathVariable long id) {
        return decisions.recoveries(id, accounts.current());
    }

    @PostMapping("/suspect/{id}/recoveries/{entry}/confirmation")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    @Operation(summary = "复核确认追回资金（双人复核：须由登记人以外的工作人员确认；确认后才计入资金核对的已追回金额）")
    RecoveryEntry confirmRecovery(@PathVariable long id, @PathVariable long entry) {
        return decisions.confirmRecovery(id, entry, accounts.current());
    }

    @PostMapping("/suspect/{id}/recoveries/{entry}/rejection")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    @Operation(summary = "退回追回资金登记（须填退回原因，由登记人以外的工作人员退回；退回后该事项重新待处理）")
    RecoveryEntry rejectRecovery(
            @PathVariable long id, @PathVariable long entry, @RequestBody(required = false) ReviewRequest request) {
        return decisions.rejectRecovery(id, entry, request == null ? null : request.reason(), accounts.current());
    }

    static WorklistKind kind(String path) {
        return "suspect".equals(path) ? WorklistKind.SUSPECT : WorklistKind.UNAIDED;
    }
}
