package com.aidloop.identification.threeparty.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.QueueFilter;
import com.aidloop.identification.threeparty.QueueRow;
import com.aidloop.identification.threeparty.ReviewView;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Three-party review for a future native client, with the rules, scope and audit of the pages:
 * outside the scope 404, another step's work or a move the step does not allow 409.
 */
@RestController
@RequestMapping("/api/v1/identification/three-party")
@PreAuthorize(
        "hasAnyAuthority('THREE_PARTY_VILLAGE','THREE_PARTY_TOWNSHIP','THREE_PARTY_COUNTY','IDENTIFICATION_DECIDE')")
@Tag(name = "三方会审", description = "村级核实家庭情况、乡镇审核、县级审批（可批量），各环节可退回上一环节或学校")
class ThreePartyApi {

    private final ThreePartyReviews reviews;
    private final CurrentAccounts accounts;

    ThreePartyApi(ThreePartyReviews reviews, CurrentAccounts accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    /** A review as the API answers it; the family facts only for the village's step (audited). */
    record ReviewJson(
            long applicationId,
            String studentName,
            String schoolName,
            String villageName,
            boolean routedBySchool,
            ReviewStep step,
            Instant stepSince,
            boolean overdue,
            int round,
            DifficultyLevel decidedLevel,
            VillageVerdict villageVerdict,
            String villageNote,
            String townshipNote,
            String lastReturnReason,
            Object familyFacts) {

        static ReviewJson of(ReviewView v) {
            ThreePartyReview r = v.review();
            return new ReviewJson(
                    r.applicationId(),
                    v.application().facts().studentName(),
                    v.schoolName(),
                    v.villageName(),
                    r.routing().routedBySchool(),
                    r.step(),
                    r.stepSince(),
                    v.overdue(),
                    r.round(),
                    v.application().decision().level(),
                    r.village() == null ? null : r.village().verdict(),
                    r.village() == null ? null : r.village().note(),
                    r.townshipNote(),
                    r.lastReturn() == null ? null : r.lastReturn().reason(),
                    v.familyFacts() ? v.application().form() : null);
        }
    }

    record VisitJson(VisitMethod method, java.time.LocalDate date, String visitor, String finding) {}

    record VillageJson(VillageVerdict verdict, String note, VisitJson visit) {}

    record IdsJson(List<Long> ids, String note) {}

    record ReturnJson(ReturnTarget target, String reason) {}

    @GetMapping
    @Operation(
            summary = "本账号所办环节的待办申请（不含身份证号、收入、健康）",
            description =
                    "step 为 VILLAGE、TOWNSHIP、COUNTY 或 RETURNED_TO_SCHOOL（学校），缺省为本账号的环节；可按 school、village、level 筛选")
    List<QueueRow> queue(
            @RequestParam(required = false) ReviewStep step,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String village,
            @RequestParam(required = false) DifficultyLevel level) {
        CurrentAccount account = accounts.current();
        ReviewStep chosen = step == null ? ThreePartyReviews.stepOf(account) : step;
        return reviews.queue(new QueueFilter(chosen, school, village, level, false), account);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份三方会审申请", description = "村级核实环节由村级审核员查看时含家庭情况（记入审计日志）；范围外404")
    ReviewJson one(@PathVariable long id) {
        return ReviewJson.of(reviews.view(id, accounts.current()));
    }

    @PostMapping("/{id}/village")
    @Operation(summary = "村级核实：家庭情况属实或不属实（不属实须说明），可附家访记录", description = "送乡镇审核；不在村级环节409")
    Map<String, Object> village(@PathVariable long id, @RequestBody VillageJson body) {
        CurrentAccount account = accounts.current();
        HomeVisit visit = body.visit() == null
                ? null
                : new HomeVisit(
                        body.visit().method(),
                        body.visit().date(),
                        body.visit().visitor(),
                        body.visit().finding());
        reviews.villageChecks(
                id, new VillageCheck(body.verdict(), body.note(), visit, account.username(), Instant.now()), account);
        return Map.of("applicationId", id, "step", ReviewStep.TOWNSHIP);
    }

    @PostMapping("/township")
    @Operation(summary = "乡镇审核通过（可多份，一次集合操作），送县级审批", description = "只办理处于乡镇审核环节、范围内的申请；返回审核通过的份数")
    Map<String, Object> township(@RequestBody IdsJson body) {
        return Map.of(
                "passed",
                reviews.townshipPasses(body.ids() == null ? List.of() : body.ids(), body.note(), accounts.current()));
    }

    @PostMapping("/approval")
    @Operation(summary = "县级审批通过（可多份，一次集合操作），认定生效", description = "只审批处于县级审批环节、范围内的申请；返回审批通过的份数")
    Map<String, Object> approve(@RequestBody IdsJson body) {
        return Map.of("approved", reviews.approve(body.ids() == null ? List.of() : body.ids(), accounts.current()));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回上一环节或学校（须写明原因）", description = "退回学校后学校重新认定，再从村级核实开始")
    Map<String, Object> returnTo(@PathVariable long id, @RequestBody ReturnJson body) {
        reviews.returnTo(id, body.target(), body.reason(), accounts.current());
        return Map.of("applicationId", id, "returnedTo", body.target());
    }
}
