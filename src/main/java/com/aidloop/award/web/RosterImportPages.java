package com.aidloop.award.web;

import com.aidloop.award.ImportNotCommittable;
import com.aidloop.award.ImportingRoster;
import com.aidloop.award.RosterImportView;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.FileUploads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
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
 * The roster import pages (资助名单导入): the list of imports, the upload form with the template,
 * and the result page whose progress, counts and problems refresh by htmx while the job runs.
 * Uploads always run in the background: the form answers with a redirect at once.
 */
@Controller
@RequestMapping("/roster-imports")
@PreAuthorize("hasAuthority('AWARD_IMPORT')")
class RosterImportPages {

    private final ImportingRoster importing;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    RosterImportPages(ImportingRoster importing, CurrentAccounts accounts, ChinaTime time) {
        this.importing = importing;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Paged<RosterImportView> imports = importing.list(accounts.current().scope(), Paging.of(page, size));
        model.addAttribute("imports", imports);
        model.addAttribute("links", new PageLinks(imports, "/roster-imports", Map.of()));
        return "roster-imports/list";
    }

    /** The upload form; {@code term} (2026-SPRING, 2026年春季学期) chooses the term, the current one otherwise. */
    @GetMapping("/new")
    String form(
            @RequestParam(required = false) String term, @RequestParam(required = false) String tooLarge, Model model) {
        Term chosen = Term.parseOr(term, time.currentTerm());
        model.addAttribute("terms", time.termChoices(3, 1, chosen));
        model.addAttribute("currentTerm", chosen);
        if (tooLarge != null) {
            model.addAttribute("problem", Messages.format("award.import.tooLarge", "200MB"));
        }
        return "roster-imports/new";
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String term,
            @RequestParam(defaultValue = "validate") String mode,
            @RequestParam(defaultValue = "false") boolean updateExisting,
            Model model) {
        String problem = null;
        Term chosen = null;
        ImportMode importMode = null;
        try {
            chosen = Term.parse(term);
            importMode = ImportMode.parse(mode);
        } catch (InvalidValue invalid) {
            problem = invalid.getLocalizedMessage();
        }
        if (term == null || term.isBlank()) {
            problem = Messages.format("award.import.termRequired");
        }
        if (FileUploads.nothingChosen(file)) {
            problem = Messages.format("award.import.fileRequired");
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("terms", time.termChoices(3, 1, chosen));
            model.addAttribute("currentTerm", chosen != null ? chosen : time.currentTerm());
            return "roster-imports/new";
        }
        RosterImportView started =
                importing.submit(FileUploads.of(file), chosen, importMode, updateExisting, accounts.current(), false);
        return "redirect:/roster-imports/" + started.id();
    }

    @GetMapping("/{id}")
    String result(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String show,
            Model model) {
        DataScope scope = accounts.current().scope();
        Paged<ImportProblem> problems = importing.problems(id, scope, ImportAnswers.shown(show), Paging.of(page, size));
        return ImportAnswers.resultPage(
                model, importing.get(id, scope), problems, "/roster-imports/" + id, show, "roster-imports/result");
    }

    /** The status card alone, which the result page polls every second while the import runs. */
    @GetMapping("/{id}/status")
    String status(@PathVariable long id, Model model, HttpServletResponse response) {
        RosterImportView view = importing.get(id, accounts.current().scope());
        model.addAttribute("view", view);
        if (view.status().finished()) {
            // htmx reloads the whole page once, to show the problems and the buttons
            response.setHeader("HX-Refresh", "true");
        }
        return "roster-imports/result :: status";
    }

    /** 确认导入 of a clean validation. */
    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            RosterImportView started = importing.commitValidated(id, accounts.current());
            return "redirect:/roster-imports/" + started.id();
        } catch (ImportNotCommittable refused) {
            redirect.addFlashAttribute("problem", Messages.format("award.import.notCommittable"));
            return "redirect:/roster-imports/" + id;
        }
    }

    @GetMapping("/template")
    void template(@RequestParam(required = false) String term, HttpServletResponse response) throws IOException {
        Term chosen = time.termOrCurrent(term);
        Downloads.xlsx(response, "资助名单导入模板（" + chosen.label() + "）.xlsx");
        importing.writeTemplate(chosen, accounts.current().scope(), response.getOutputStream());
    }

    @GetMapping("/{id}/errors.xlsx")
    void errorWorkbook(@PathVariable long id, HttpServletResponse response) throws IOException {
        RosterImportView view = importing.get(id, accounts.current().scope());
        ImportAnswers.errorWorkbook(response, view);
        importing.writeErrorWorkbook(id, accounts.current().scope(), response.getOutputStream());
    }
}
