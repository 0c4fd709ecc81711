package com.aidloop.school.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.school.ImportingSchools;
import com.aidloop.school.SchoolImportNotFound;
import com.aidloop.school.SchoolImportView;
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
 * The school import pages (学校批量导入): the upload form with the template and the earlier
 * imports, and the result page with the counts and every problem by row and column. The file is
 * checked within the request; the form answers with a redirect to the result.
 */
@Controller
@RequestMapping("/schools/imports")
@PreAuthorize("hasAuthority('SCHOOL_EDIT')")
class SchoolImportPages {

    private final ImportingSchools importing;
    private final CurrentAccounts accounts;

    SchoolImportPages(ImportingSchools importing, CurrentAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    @GetMapping
    String form(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        return ImportAnswers.listPage(
                model, importing.list(scope(), Paging.of(page, size)), "/schools/imports", "schools/imports");
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "validate") String mode,
            RedirectAttributes redirect) {
        return ImportAnswers.uploadedFromPage(
                "/schools/imports",
                file,
                mode,
                "school.import.fileRequired",
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
                model, importing.get(id, scope()), problems, "/schools/imports/" + id, show, "schools/import-result");
    }

    /** 确认导入 of a clean validation. */
    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        return ImportAnswers.committedFromPage(
                "/schools/imports", id, () -> importing.commitValidated(id, accounts.current()), redirect);
    }

    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "学校信息导入模板.xlsx");
        importing.writeTemplate(scope(), response.getOutputStream());
    }

    @GetMapping("/schools.xlsx")
    void schools(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "学校信息.xlsx");
        importing.writeSchools(scope(), response.getOutputStream());
    }

    @GetMapping("/{id}/errors.xlsx")
    void errorWorkbook(@PathVariable long id, HttpServletResponse response) throws IOException {
        SchoolImportView view = importing.get(id, scope());
        if (!view.hasErrorWorkbook()) {
            throw new SchoolImportNotFound(id);
        }
        ImportAnswers.errorWorkbook(response, view);
        importing.writeErrorWorkbook(id, scope(), response.getOutputStream());
    }

    private DataScope scope() {
        return accounts.current().scope();
    }
}
