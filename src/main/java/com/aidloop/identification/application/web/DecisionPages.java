package com.aidloop.identification.application.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.shared.Messages;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school's decisions on the pages: one level (another than suggested with a reason), many as suggested, or a return. */
@Controller
@RequestMapping("/identification/applications")
@PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
class DecisionPages {

    private final DecidingApplications deciding;
    private final CurrentAccounts accounts;

    DecisionPages(DecidingApplications deciding, CurrentAccounts accounts) {
        this.deciding = deciding;
        this.accounts = accounts;
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam String level,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        DifficultyLevel chosen = DifficultyLevel.valueOf(level);
        deciding.decide(id, chosen, reason, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.decided", chosen.label()));
        return "redirect:/identification/applications/" + id;
    }

    @PostMapping("/decisions")
    String decideAsSuggested(@RequestParam(required = false) List<Long> ids, RedirectAttributes redirect) {
        int decided = deciding.decideAsSuggested(ids == null ? List.of() : ids, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.decidedMany", decided));
        // not filtered by status: on a stage inside three-party review the decided go on to 三方会审中
        return "redirect:/identification/applications";
    }

    @PostMapping("/{id}/return")
    String returnToFamily(
            @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        deciding.returnToFamily(id, reason, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.returned"));
        return "redirect:/identification/applications/" + id;
    }
}
