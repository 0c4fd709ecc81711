package com.aidloop.identification.documents.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.documents.ApplicationFormPrinting;
import com.aidloop.identification.documents.ReviewDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The identification documents for a future native client: the same .xlsx files as the pages. */
@RestController
@RequestMapping("/api/v1/identification/documents")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_REVIEW','STUDENT_VIEW')")
@Tag(name = "认定文书", description = "认定申请表、班级评议记录、认定结果汇总表（A4，与花名册同一官方版式）")
class DocumentApi {

    private final ApplicationFormPrinting forms;
    private final ReviewDocuments documents;
    private final CurrentAccounts accounts;

    DocumentApi(ApplicationFormPrinting forms, ReviewDocuments documents, CurrentAccounts accounts) {
        this.forms = forms;
        this.documents = documents;
        this.accounts = accounts;
    }

    @GetMapping("/application-form/{id}")
    @Operation(summary = "家庭经济困难学生认定申请表（A4，身份证件号码脱敏；记入审计日志）", description = "范围外的申请返回404")
    ResponseEntity<byte[]> applicationForm(@PathVariable long id) {
        return DocumentDownloads.of(forms.print(id, accounts.current()));
    }

    @GetMapping("/review-minutes/{id}")
    @PreAuthorize("hasAuthority('IDENTIFICATION_REVIEW')")
    @Operation(summary = "班级评议记录（A4，可打印）", description = "范围外的评议返回404")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return DocumentDownloads.of(documents.minutes(id, accounts.current()));
    }

    @GetMapping("/summary")
    @Operation(summary = "认定结果汇总表（按学校和班级，附认定名单）", description = "year 为学年（如2026），默认本学年")
    ResponseEntity<byte[]> summary(@RequestParam(required = false) Integer year) {
        return DocumentDownloads.of(
                documents.summary(year == null ? Applications.currentSchoolYear() : year, accounts.current()));
    }
}
