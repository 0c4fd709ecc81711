package com.aidloop.identification.application.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.ApplicationEvidence;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.ApplicationView;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.FileUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Identification applications for a future native client, with the rules, reach and audit of the
 * pages: outside the reach 404, a move the state does not allow 409, a refused file 422.
 */
@RestController
@RequestMapping("/api/v1/identification/applications")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_REVIEW','STUDENT_VIEW')")
@Tag(name = "家庭经济困难学生认定申请", description = "申请（学校代录纸质申请）、提交并量化评分、证明材料、学校认定或退回")
class ApplicationApi {

    private final Applications applications;
    private final SubmittingApplication submitting;
    private final DecidingApplications deciding;
    private final ApplicationEvidence evidence;
    private final CurrentAccounts accounts;

    ApplicationApi(
            Applications applications,
            SubmittingApplication submitting,
            DecidingApplications deciding,
            ApplicationEvidence evidence,
            CurrentAccounts accounts) {
        this.applications = applications;
        this.submitting = submitting;
        this.deciding = deciding;
        this.evidence = evidence;
        this.accounts = accounts;
    }

    /** An application as the API answers it: the form in full (reading it is audited), suggestion and decision. */
    record ApplicationJson(
            long id,
            long studentId,
            String studentName,
            String className,
            int schoolYear,
            Source source,
            ApplicationStatus status,
            ApplicationForm form,
            String returnReason,
            DifficultyLevel suggestedLevel,
            DifficultyLevel decidedLevel,
            String decisionReason,
            List<Long> evidenceIds) {

        static ApplicationJson of(ApplicationView view) {
            Application a = view.application();
            return new ApplicationJson(
                    a.id(),
                    a.facts().studentId(),
                    a.facts().studentName(),
                    a.facts().className(),
                    a.facts().schoolYear(),
                    a.facts().source(),
                    a.status(),
                    a.form(),
                    a.returnReason(),
                    a.suggestion() == null ? null : a.suggestion().level(),
                    a.decision() == null ? null : a.decision().level(),
                    a.decision() == null ? null : a.decision().reason(),
                    view.evidence().stream().map(e -> e.id()).toList());
        }
    }

    record Started(long studentId) {}

    record ConsentJson(String givenBy, boolean byGuardian) {}

    record DecisionJson(DifficultyLevel level, String reason) {}

    record ReasonJson(String reason) {}

    @GetMapping
    @Operation(summary = "本账号范围内本学年的认定申请（不含收入、健康、证明材料）", description = "可按 status、className 筛选")
    List<ApplicationRow> list(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String className) {
        return applications.list(accounts.current(), Applications.currentSchoolYear(), status, className);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "学校代录纸质申请：为范围内学生新建申请草稿", description = "同一学生同一学年只有一份未撤回的申请（409）")
    Map<String, Long> start(@RequestBody Started body) {
        return Map.of("id", applications.start(body.studentId(), Source.PAPER, accounts.current()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份申请的完整信息（记入审计日志）", description = "范围外的申请返回404")
    ApplicationJson get(@PathVariable long id) {
        return ApplicationJson.of(applications.view(id, accounts.current()));
    }

    @PutMapping("/{id}/form")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "保存草稿或被退回申请的申请表", description = "其他状态返回409")
    void revise(@PathVariable long id, @RequestBody ApplicationForm form) {
        applications.revise(id, form, accounts.current());
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "记录个人信息处理同意（纸质申请：监护人已签字）")
    void consent(@PathVariable long id, @RequestBody ConsentJson body) {
        applications.consent(id, body.givenBy(), body.byGuardian(), true, accounts.current());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "提交并按本县本学年的量化指标体系评分", description = "返回评分说明；缺少同意、承诺书或家庭成员时409")
    Map<String, Object> submit(@PathVariable long id) {
        var score = submitting.submit(id, accounts.current());
        return Map.of(
                "total", score.total(),
                "level", score.level() == null ? "" : score.level().name(),
                "explanation", score.explanation());
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "上传证明材料（照片或PDF，不超过10MB，按内容判断类型）", description = "被拒收时返回422及原因")
    Map<String, Long> upload(
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title) {
        return Map.of("id", evidence.add(id, FileUploads.of(file), title, accounts.current()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "学校认定档次", description = "与评分建议不同（或无建议）时须有理由，否则409")
    void decide(@PathVariable long id, @RequestBody DecisionJson body) {
        deciding.decide(id, body.level(), body.reason(), accounts.current());
    }

    @PostMapping("/decisions")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "按评分建议批量认定已班级评议的申请", description = "返回认定份数；无建议或未评议的申请不处理")
    Map<String, Integer> decideAsSuggested(@RequestBody List<Long> ids) {
        return Map.of("decided", deciding.decideAsSuggested(ids, accounts.current()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "退回家庭（须写明原因，家庭可见）")
    void returnToFamily(@PathVariable long id, @RequestBody ReasonJson body) {
        deciding.returnToFamily(id, body.reason(), accounts.current());
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "撤回尚未认定的申请")
    void withdraw(@PathVariable long id) {
        applications.withdraw(id, accounts.current());
    }
}
