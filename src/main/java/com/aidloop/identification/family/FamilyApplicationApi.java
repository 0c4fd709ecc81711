package com.aidloop.identification.family;

import com.aidloop.iam.FamilyAccess;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.FamilyApplications;
import com.aidloop.identification.application.FamilyApplications.FamilyView;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.FileUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The family's application through the API, for a native client, with a family token (see the
 * family login of the API): the same steps and rules as the family's pages (consent first, form,
 * evidence, explicit submission, withdrawal), the family's own students only (404 otherwise), and
 * the level shown only once the identification is final.
 */
@RestController
@RequestMapping("/api/v1/family")
@Tag(name = "家庭申请（接口）", description = "家长或14岁以上学生：本家庭学生、认定申请的同意、填写、证明材料、提交、撤回和进度")
class FamilyApplicationApi {

    private final FamilyAccess access;
    private final FamilyApplications applications;
    private final FamilyStudentCards cards;
    private final ChinaTime time;

    FamilyApplicationApi(
            FamilyAccess access, FamilyApplications applications, FamilyStudentCards cards, ChinaTime time) {
        this.access = access;
        this.applications = applications;
        this.cards = cards;
        this.time = time;
    }

    /** A student of the family, with where the identification year stands for it. */
    record StudentJson(
            long studentId,
            String name,
            String schoolName,
            String grade,
            String className,
            String identificationState,
            LocalDate applyUntil,
            Long applicationId,
            ApplicationStatus applicationStatus) {}

    /** The family's application: its form, where it stands step by step, and the level once final. */
    record ApplicationJson(
            long id,
            long studentId,
            String studentName,
            int schoolYear,
            ApplicationStatus status,
            String statusLabel,
            List<FamilySteps.Step> steps,
            ApplicationForm form,
            boolean consentGiven,
            String returnReason,
            DifficultyLevel level,
            List<Long> evidenceIds) {

        static ApplicationJson of(FamilyView view) {
            Application a = view.application();
            boolean finalLevel = a.status().finallyDecided() && a.decision() != null;
            return new ApplicationJson(
                    a.id(),
                    a.facts().studentId(),
                    a.facts().studentName(),
                    a.facts().schoolYear(),
                    a.status(),
                    a.status().label(),
                    FamilySteps.of(a).steps(),
                    a.form(),
                    a.consent() != null,
                    a.returnReason(),
                    finalLevel ? a.decision().level() : null,
                    view.evidence().stream().map(e -> e.id()).toList());
        }
    }

    /** @param consentBy who consents, by name; {@code agree} must be true */
    record StartJson(long studentId, String consentBy, boolean agree) {}

    record ConsentJson(String consentBy, boolean agree) {}

    @GetMapping("/students")
    @Operation(summary = "本家庭可申请的学生及认定年度状态")
    List<StudentJson> students(Authentication authentication) {
        return cards.of(applicant(authentication)).stream()
                .map(card -> new StudentJson(
                        card.student().id(),
                        card.student().name(),
                        card.schoolName(),
                        card.student().grade(),
                        card.student().className(),
                        card.state(),
                        card.open() == null ? null : card.open().endsOn(),
                        card.application() == null ? null : card.application().id(),
                        card.application() == null ? null : card.application().status()))
                .toList();
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "同意个人信息处理并开始申请", description = "不满14岁的学生须由家长同意；同一学生同一学年只有一份未撤回的申请（409）；不在申请期内时409")
    Map<String, Long> start(@RequestBody StartJson body, Authentication authentication) {
        requireAgreement(body.agree());
        return Map.of(
                "id", applications.start(body.studentId(), body.consentBy(), applicant(authentication), time.now()));
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "一份申请及其进度", description = "不是本家庭学生的申请返回404")
    ApplicationJson application(@PathVariable long id, Authentication authentication) {
        return ApplicationJson.of(applications.view(id, applicant(authentication)));
    }

    @PostMapping("/applications/{id}/consent")
    @Operation(summary = "为学校代录的纸质申请补充同意")
    void consent(@PathVariable long id, @RequestBody ConsentJson body, Authentication authentication) {
        requireAgreement(body.agree());
        applications.consent(id, body.consentBy(), applicant(authentication));
    }

    @PutMapping("/applications/{id}/form")
    @Operation(summary = "保存申请表（草稿或被退回的申请）", description = "其他状态409；字段错误422，逐项说明")
    void revise(@PathVariable long id, @RequestBody ApplicationForm form, Authentication authentication) {
        applications.revise(id, form, applicant(authentication));
    }

    @PostMapping(path = "/applications/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传证明材料（照片或PDF，不超过10MB，按内容判断类型）", description = "被拒收时返回422及原因")
    Map<String, Long> evidence(
            @PathVariable long id,
            @RequestPart(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            Authentication authentication) {
        if (FileUploads.nothingChosen(file)) {
            throw new EvidenceRefused("identification.evidence.empty");
        }
        return Map.of("id", applications.addEvidence(id, FileUploads.of(file), title, applicant(authentication)));
    }

    @PostMapping("/applications/{id}/submit")
    @Operation(summary = "提交申请", description = "缺少同意、承诺书或家庭成员，或不在申请期内时409")
    ApplicationJson submit(@PathVariable long id, Authentication authentication) {
        FamilyApplicant applicant = applicant(authentication);
        applications.submit(id, applicant, time.now());
        return ApplicationJson.of(applications.view(id, applicant));
    }

    @PostMapping("/applications/{id}/withdraw")
    @Operation(summary = "撤回申请（学校认定之前）")
    ApplicationJson withdraw(@PathVariable long id, Authentication authentication) {
        FamilyApplicant applicant = applicant(authentication);
        applications.withdraw(id, applicant);
        return ApplicationJson.of(applications.view(id, applicant));
    }

    private FamilyApplicant applicant(Authentication authentication) {
        return new FamilyApplicant(
                access.studentsOf(authentication), access.actor(authentication).orElseThrow());
    }

    private static void requireAgreement(boolean agree) {
        if (!agree) {
            throw new ApplicationMoveRefused("identification.family.consentNotGiven");
        }
    }
}
