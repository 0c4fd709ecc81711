package com.aidloop.identification.family;

import com.aidloop.iam.FamilyAccess;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.FamilyApplications;
import com.aidloop.identification.application.FamilyApplications.FamilyView;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.application.web.ApplicationFormChoices;
import com.aidloop.identification.application.web.FormInput;
import com.aidloop.platform.FileUploads;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
 * The family's application on a phone (390 px, one column, no script, no pop-ups): the consent
 * first, then the form (rows added and removed by the server), the status step by step with the
 * evidence from the phone, explicit submission, withdrawal confirmed on a page of its own, and
 * what was submitted as a printable page and a download. Another family's application is 404.
 */
@Controller
@RequestMapping("/family/applications")
class FamilyApplicationPages {

    private final FamilyAccess access;
    private final FamilyApplications applications;
    private final ApplicationFormChoices choices;

    FamilyApplicationPages(FamilyAccess access, FamilyApplications applications, ApplicationFormChoices choices) {
        this.access = access;
        this.applications = applications;
        this.choices = choices;
    }

    private FamilyApplicant applicant(Authentication authentication) {
        return new FamilyApplicant(
                access.studentsOf(authentication), access.actor(authentication).orElseThrow());
    }

    @GetMapping("/new")
    String consentPage(@RequestParam long student, Authentication authentication, Model model) {
        FamilyApplicant applicant = applicant(authentication);
        var current = applications.current(student, applicant);
        if (current.isPresent()) {
            return "redirect:/family/applications/" + current.get().id();
        }
        FamilyStudent pupil = applications.student(student, applicant);
        model.addAttribute("student", pupil);
        model.addAttribute("actor", applicant.actor());
        model.addAttribute("byGuardian", applications.childUnder14(pupil));
        return "family/consent";
    }

    @PostMapping
    String start(
            @RequestParam long student,
            @RequestParam(required = false) String consentBy,
            @RequestParam(required = false) boolean agree,
            Authentication authentication,
            Model model) {
        FamilyApplicant applicant = applicant(authentication);
        try {
            if (!agree) {
                throw new ApplicationMoveRefused("identification.family.consentNotGiven");
            }
            long id = applications.start(student, consentBy, applicant, Instant.now());
            return "redirect:/family/applications/" + id + "/form";
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("consentBy", consentBy);
            return consentPage(student, authentication, model);
        }
    }

    /** The consent for an application the school started from paper without one. */
    @GetMapping("/{id}/consent")
    String consentFor(@PathVariable long id, Authentication authentication, Model model) {
        FamilyApplicant applicant = applicant(authentication);
        Application application = applications.get(id, applicant);
        FamilyStudent pupil = applications.student(application.facts().studentId(), applicant);
        model.addAttribute("student", pupil);
        model.addAttribute("actor", applicant.actor());
        model.addAttribute("byGuardian", applications.childUnder14(pupil));
        model.addAttribute("applicationId", id);
        return "family/consent";
    }

    @PostMapping("/{id}/consent")
    String consent(
            @PathVariable long id,
            @RequestParam(required = false) String consentBy,
            @RequestParam(required = false) boolean agree,
            Authentication authentication,
            Model model) {
        try {
            if (!agree) {
                throw new ApplicationMoveRefused("identification.family.consentNotGiven");
            }
            applications.consent(id, consentBy, applicant(authentication));
            return "redirect:/family/applications/" + id + "/form";
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("consentBy", consentBy);
            return consentFor(id, authentication, model);
        }
    }

    @GetMapping("/{id}")
    String status(@PathVariable long id, Authentication authentication, Model model) {
        FamilyView view = applications.view(id, applicant(authentication));
        model.addAttribute("a", view.application());
        model.addAttribute("evidence", view.evidence());
        model.addAttribute("steps", FamilySteps.of(view.application()));
        return "family/application";
    }

    @GetMapping("/{id}/form")
    String form(@PathVariable long id, Authentication authentication, Model model) {
        Application application = applications.get(id, applicant(authentication));
        if (!application.status().editable()) {
            return "redirect:/family/applications/" + id;
        }
        if (application.consent() == null) {
            return "redirect:/family/applications/" + id + "/consent";
        }
        if (!model.containsAttribute("form")) {
            FormInput form = FormInput.of(application.form(), "");
            form.dropBlankRows();
            form.padRows(
                    form.getMembers().size() + 1, Math.max(form.getEmergencies().size() + 1, 1));
            model.addAttribute("form", form);
        }
        choices.addTo(model, application);
        model.addAttribute("a", application);
        model.addAttribute("familyForm", true);
        model.addAttribute("action", "/family/applications/" + id + "/form");
        return "family/application-form";
    }

    @PostMapping("/{id}/form")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") FormInput form,
            @RequestParam(required = false) Integer removeMember,
            @RequestParam(required = false) String addMember,
            @RequestParam(required = false) String addEmergency,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        if (removeMember != null
                && removeMember >= 0
                && removeMember < form.getMembers().size()) {
            form.getMembers().remove((int) removeMember);
        }
        try {
            applications.revise(id, form.toForm(), applicant(authentication));
        } catch (InvalidInput invalid) {
            form.padRows(
                    form.getMembers().size(), Math.max(form.getEmergencies().size(), 1));
            model.addAttribute("errors", invalid.sentencesByField().values());
            return form(id, authentication, model);
        }
        if (removeMember != null || addMember != null || addEmergency != null) {
            return "redirect:/family/applications/" + id + "/form#"
                    + (addEmergency != null ? "emergencies" : "members");
        }
        redirect.addFlashAttribute("notice", Messages.format("identification.family.draftSaved"));
        return "redirect:/family/applications/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            applications.submit(id, applicant(authentication), Instant.now());
            redirect.addFlashAttribute("notice", Messages.format("identification.family.submitted"));
        } catch (Refusal refused) {
            refusedOn(refused, redirect);
        }
        return "redirect:/family/applications/" + id;
    }

    @PostMapping("/{id}/evidence")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            if (FileUploads.nothingChosen(file)) {
                throw new EvidenceRefused("identification.evidence.empty");
            }
            applications.addEvidence(id, FileUploads.of(file), title, applicant(authentication));
            redirect.addFlashAttribute("notice", Messages.format("identification.family.evidenceUploaded"));
        } catch (Refusal refused) {
            refusedOn(refused, redirect);
        }
        return "redirect:/family/applications/" + id + "#evidence";
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long evidenceId, Authentication authentication) {
        EvidenceFile file = applications.openEvidence(evidenceId, applicant(authentication));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/{id}/withdraw")
    String withdrawPage(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("a", applications.get(id, applicant(authentication)));
        return "family/withdraw";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            applications.withdraw(id, applicant(authentication));
            redirect.addFlashAttribute("notice", Messages.format("identification.family.withdrawn"));
        } catch (Refusal refused) {
            refusedOn(refused, redirect);
        }
        return "redirect:/family/applications/" + id;
    }

    /** What the family submitted, on one printable page. */
    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Authentication authentication, Model model) {
        FamilyView view = applications.view(id, applicant(authentication));
        model.addAttribute("a", view.application());
        model.addAttribute("evidence", view.evidence());
        model.addAttribute("groupNames", choices.groupNames(view.application()));
        choices.addTo(model, view.application());
        return "family/application-print";
    }

    /** The same page as a file to keep (it needs nothing from the server to be read or printed). */
    @GetMapping("/{id}/download")
    String download(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
        String page = print(id, authentication, model);
        Application a = (Application) model.getAttribute("a");
        String name = URLEncoder.encode(
                        a.facts().schoolYearLabel() + "资助认定申请-" + a.facts().studentName() + ".html",
                        StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"application.html\"; filename*=UTF-8''" + name);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page;
    }

    private static void refusedOn(Refusal refused, RedirectAttributes redirect) {
        if (refused.kind() == Refusal.Kind.NOT_FOUND) {
            throw refused;
        }
        redirect.addFlashAttribute("error", refused.getLocalizedMessage());
    }
}
