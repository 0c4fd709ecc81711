package com.aidloop.identification.documents.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.documents.ApplicationFormPrinting;
import com.aidloop.identification.documents.ReviewDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the identification documents from the staff pages (the same files as the API's). */
@Controller
@RequestMapping("/identification/documents")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_REVIEW','STUDENT_VIEW')")
class DocumentPages {

    private final ApplicationFormPrinting forms;
    private final ReviewDocuments documents;
    private final CurrentAccounts accounts;

    DocumentPages(ApplicationFormPrinting forms, ReviewDocuments documents, CurrentAccounts accounts) {
        this.forms = forms;
        this.documents = documents;
        this.accounts = accounts;
    }

    @GetMapping("/application-form/{id}")
    ResponseEntity<byte[]> applicationForm(@PathVariable long id) {
        return DocumentDownloads.of(forms.print(id, accounts.current()));
    }

    @GetMapping("/review-minutes/{id}")
    @PreAuthorize("hasAuthority('IDENTIFICATION_REVIEW')")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return DocumentDownloads.of(documents.minutes(id, accounts.current()));
    }

    @GetMapping("/summary")
    ResponseEntity<byte[]> summary(@RequestParam(required = false) Integer year) {
        return DocumentDownloads.of(
                documents.summary(year == null ? Applications.currentSchoolYear() : year, accounts.current()));
    }
}
