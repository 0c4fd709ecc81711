package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.registry.ImportingStudents;
import com.aidloop.registry.StudentImportNotFound;
import com.aidloop.registry.StudentImportView;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student-registration import pages (学籍导入): the upload form with the earlier imports and
 * the export of the scope's list, and the result page with the counts and every problem by row
 * and column (the school import's problem list). The file is checked within the request.
 */
@Controller
@RequestMapping("/students/imports")
@PreAuthorize("hasAuthority('STUDENT_EDIT')")
class StudentImportPages {

    private final ImportingStudents importing;
    private final CurrentAccounts accounts;

    StudentImportPages(ImportingStudents importing, CurrentAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    @GetMapping
    String form(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        return ImportAnswers.listPage(
                model, importing.list(scope(), Paging.of(page, size)), "/students/imports", "students/imports");
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "validate") String mode,
            RedirectAttributes redirect) {
        return ImportAnswers.uploadedFromPage(
                "/students/imports",
                file,
                mode,
                "registry.import.fileRequired",
                (upload, chosen) -> importing.submit(upload, chosen, accounts.current()),
                redirect);
    }

    @GetMapping("/{id}")
    String result(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String show,
            Model model) {
        Paged<ImportProblem> problems =
                importing.problems(id, scope(), ImportAnswers.shown(show), Paging.of(page, size));
        return ImportAnswers.resultPage(
                model, importing.get(id, scope()), problems, "/students/imports/" + id, show, "students/import-result");
    }

    /** 确认导入 of a clean validation. */
    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        return ImportAnswers.committedFromPage(
                "/students/imports", id, () -> importing.commitValidated(id, accounts.current()), redirect);
    }

    /** The refused rows as uploaded, with 原行号 and 错误原因, to correct and upload again. */
    @GetMapping("/{id}/errors.xlsx")
    void errorWorkbook(@PathVariable long id, HttpServletResponse response) throws IOException {
        StudentImportView view = importing.get(id, scope());
        if (!view.hasErrorWorkbook()) {
            throw new StudentImportNotFound(id);
        }
        ImportAnswers.errorWorkbook(response, view);
        importing.writeErrorWorkbook(id, scope(), response.getOutputStream());
    }

    /** The scope's students in the registration system's layout, full values included; audited. */
    @GetMapping("/registration-list.xlsx")
    @PreAuthorize("hasAuthority('STUDENT_REVEAL')")
    void registrationList(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "学籍名单.xlsx");
        importing.writeRegistrationList(scope(), response.getOutputStream());
    }

    private DataScope scope() {
        return accounts.current().scope();
    }
}
