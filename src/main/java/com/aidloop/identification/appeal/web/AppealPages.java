package com.aidloop.identification.appeal.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.appeal.AppealSettings;
import com.aidloop.identification.appeal.Appeals;
import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.identification.appeal.domain.AppealDecision;
import com.aidloop.identification.appeal.domain.AppealRuling;
import com.aidloop.identification.appeal.domain.AppealWindow;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 认定申诉: the county's queue of appeals (待处理 and 已处理, with counts), one appeal with its
 * decision form, and the county's appeal window; a school reads its students' appeals only.
 */
@Controller
@RequestMapping("/identification/appeals")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_YEAR')")
class AppealPages {

    private final Appeals appeals;
    private final AppealSettings settings;
    private final CurrentAccounts accounts;

    AppealPages(Appeals appeals, AppealSettings settings, CurrentAccounts accounts) {
        this.appeals = appeals;
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "waiting") String state, Model model) {
        CurrentAccount account = accounts.current();
        boolean waiting = !"decided".equals(state);
        model.addAttribute("waiting", waiting);
        model.addAttribute("appeals", appeals.list(account, waiting));
        model.addAttribute("counts", appeals.counts(account));
        model.addAttribute("decides", Appeals.decides(account));
        model.addAttribute("window", settings.of(account.regionCode()));
        model.addAttribute("mostDays", AppealWindow.MOST_DAYS);
        return "identification/appeals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        Appeal appeal = appeals.get(id, account);
        model.addAttribute("p", appeal);
        model.addAttribute("decides", Appeals.decides(account));
        model.addAttribute(
                "levels",
                Arrays.stream(DifficultyLevel.values())
                        .filter(l -> AppealWindow.lower(appeal.appealedLevel(), l))
                        .toList());
        return "identification/appeal";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) AppealDecision decision,
            @RequestParam(required = false) DifficultyLevel newLevel,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            Appeal decided = appeals.decide(id, new AppealRuling(decision, newLevel, reason), accounts.current());
            redirect.addFlashAttribute(
                    "notice", Messages.format("identification.appeal.decidedNotice", decided.outcome()));
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/identification/appeals/" + id;
    }

    @PostMapping("/settings")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String settings(@RequestParam(defaultValue = "0") int days, RedirectAttributes redirect) {
        try {
            settings.change(days, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("identification.appeal.settingSaved"));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/identification/appeals";
    }
}
