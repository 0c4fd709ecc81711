package com.aidloop.identification.application.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.application.ApplicationEvidence;
import com.aidloop.identification.application.ApplicationView;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.platform.FileUploads;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentSearch;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Paging;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school's application pages: the applications in reach, a paper application entered on a
 * family's behalf (marked as such, the scanned form as evidence), its form, its detail with the
 * score's explanation, submitting, withdrawing and the evidence (each opening audited).
 */
@Controller
@RequestMapping("/identification/applications")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_REVIEW','STUDENT_VIEW')")
class ApplicationPages {

    private final Applications applications;
    private final SubmittingApplication submitting;
    private final ApplicationEvidence evidence;
    private final RegistryManagement registry;
    private final CurrentAccounts accounts;
    private final ApplicationFormChoices choices;
    private final AdjustingIdentification adjusting;

    ApplicationPages(
            Applications applications,
            SubmittingApplication submitting,
            ApplicationEvidence evidence,
            RegistryManagement registry,
            CurrentAccounts accounts,
            ApplicationFormChoices choices,
            AdjustingIdentification adjusting) {
        this.applications = applications;
        this.submitting = submitting;
        this.evidence = evidence;
        this.registry = registry;
        this.accounts = accounts;
        this.choices = choices;
        this.adjusting = adjusting;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String className,
            Model model) {
        CurrentAccount account = accounts.current();
        int year = Applications.currentSchoolYear();
        ApplicationStatus wanted = status == null || status.isBlank() ? null : ApplicationStatus.valueOf(status);
        model.addAttribute("rows", applications.list(account, year, wanted, className));
        model.addAttribute("year", year);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("className", className);
        return "identification/applications";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String startPage(@RequestParam(required = false) String q, Model model) {
        CurrentAccount account = accounts.current();
        boolean asked = q != null && !q.isBlank();
        model.addAttribute("q", q);
        model.addAttribute(
                "students",
                asked
                        ? registry.search(
                                        new StudentSearch(q.strip(), null, null, null, null, null),
                                        account.scope(),
                                        new Paging(1, 100))
                                .content()
                        : List.of());
        return "identification/application-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String start(@RequestParam long studentId) {
        long id = applications.start(studentId, Source.PAPER, accounts.current());
        return "redirect:/identification/applications/" + id + "/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ApplicationView view = applications.view(id, accounts.current());
        model.addAttribute("v", view);
        model.addAttribute("a", view.application());
        model.addAttribute("levels", com.aidloop.identification.domain.DifficultyLevel.values());
        model.addAttribute("groupNames", choices.groupNames(view.application()));
        model.addAttribute("history", adjusting.history(id, accounts.current()));
        return "identification/application";
    }

    @GetMapping("/{id}/form")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String form(@PathVariable long id, Model model) {
        Application application = applications.get(id, accounts.current());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    FormInput.of(
                            application.form(),
                            application.consent() == null
                                    ? ""
                                    : application.consent().givenBy()));
        }
        choices.addTo(model, application);
        model.addAttribute("a", application);
        model.addAttribute("action", "/identification/applications/" + id + "/form");
        return "identification/application-edit";
    }

    @PostMapping("/{id}/form")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String save(
            @PathVariable long id, @ModelAttribute("form") FormInput form, Model model, RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            applications.revise(id, form.toForm(), account);
        } catch (InvalidInput invalid) {
            form.padRows();
            model.addAttribute("errors", invalid.sentencesByField().values());
            return form(id, model);
        }
        if (!form.getConsentBy().isBlank()) {
            applications.consent(id, form.getConsentBy(), form.isConsentByGuardian(), true, account);
        }
        redirect.addFlashAttribute("notice", Messages.format("identification.page.saved"));
        return "redirect:/identification/applications/" + id;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        ScoreResult score = submitting.submit(id, accounts.current());
        redirect.addFlashAttribute(
                "notice",
                Messages.format(
                        "identification.page.submitted",
                        score.level() == null ? "未给出" : score.level().label()));
        return "redirect:/identification/applications/" + id;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        applications.withdraw(id, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.withdrawn"));
        return "redirect:/identification/applications/" + id;
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        if (FileUploads.nothingChosen(file)) {
            throw new EvidenceRefused("identification.evidence.empty");
        }
        evidence.add(id, FileUploads.of(file), title, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.evidenceAdded"));
        return "redirect:/identification/applications/" + id;
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> openEvidence(@PathVariable long evidenceId) {
        EvidenceFile file = evidence.open(evidenceId, accounts.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
