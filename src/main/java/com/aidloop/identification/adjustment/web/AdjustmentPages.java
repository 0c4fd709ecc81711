package com.aidloop.identification.adjustment.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.AdjustmentRequest;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.FileUploads;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The school's semester adjustment page (学期动态调整) of one decided application: the history of
 * its decisions, and a form for the new level with the reason, the family's change, a re-score
 * under the model in force and the evidence. A refused form comes back with the reason above it.
 */
@Controller
@RequestMapping("/identification/applications/{id}/adjustment")
@PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
class AdjustmentPages {

    private final AdjustingIdentification adjusting;
    private final Applications applications;
    private final CurrentAccounts accounts;

    AdjustmentPages(AdjustingIdentification adjusting, Applications applications, CurrentAccounts accounts) {
        this.adjusting = adjusting;
        this.applications = applications;
        this.accounts = accounts;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        Application application = applications.get(id, accounts.current());
        model.addAttribute("a", application);
        model.addAttribute("history", adjusting.history(id, accounts.current()));
        model.addAttribute("levels", DifficultyLevel.values());
        model.addAttribute("kinds", Emergency.Kind.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        return "identification/adjustment";
    }

    @PostMapping
    String adjust(
            @PathVariable long id,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String changeKind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changeDate,
            @RequestParam(defaultValue = "") String changeNote,
            @RequestParam(defaultValue = "false") boolean rescore,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            Model model,
            RedirectAttributes redirect) {
        Emergency change = changeKind == null || changeKind.isBlank()
                ? null
                : new Emergency(Emergency.Kind.valueOf(changeKind), changeDate, changeNote);
        DifficultyLevel chosen = level == null || level.isBlank() ? null : DifficultyLevel.valueOf(level);
        try {
            adjusting.adjust(
                    id,
                    new AdjustmentRequest(chosen, reason, change, rescore),
                    FileUploads.nothingChosen(file) ? null : FileUploads.of(file),
                    title,
                    accounts.current());
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("problem", refused.getLocalizedMessage());
            model.addAttribute("reason", reason);
            return form(id, model);
        }
        boolean reviewedAgain = applications.get(id, accounts.current()).inThreePartyReview();
        redirect.addFlashAttribute(
                "notice",
                Messages.format(
                        reviewedAgain ? "identification.page.adjustedToReview" : "identification.page.adjusted",
                        chosen == null ? "" : chosen.label()));
        return "redirect:/identification/applications/" + id;
    }
}
