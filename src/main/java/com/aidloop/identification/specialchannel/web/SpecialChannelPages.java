package com.aidloop.identification.specialchannel.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.specialchannel.SpecialChannels;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
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
 * 特别通道: the school's requests and its request form (by ID number, or from an application's
 * page), the county's queue (待审批, 已批准, 未批准, 已撤销 with counts), and one request with the
 * county's approval or refusal, and the withdrawal of an approval. Only the school's staff and the county's identification staff come here.
 */
@Controller
@RequestMapping("/identification/special-channel")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_YEAR')")
class SpecialChannelPages {

    private final SpecialChannels channels;
    private final CurrentAccounts accounts;

    SpecialChannelPages(SpecialChannels channels, CurrentAccounts accounts) {
        this.channels = channels;
        this.accounts = accounts;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "REQUESTED") SpecialChannelStatus state, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("state", state);
        model.addAttribute("states", SpecialChannelStatus.values());
        model.addAttribute("channels", channels.list(state, account));
        model.addAttribute("counts", channels.counts(account));
        model.addAttribute("requests", SpecialChannels.requests(account));
        model.addAttribute("decides", SpecialChannels.decides(account));
        model.addAttribute("categories", ReasonCategory.values());
        model.addAttribute("schoolYears", SpecialChannels.schoolYears());
        return "identification/special-channels";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("c", channels.get(id, account));
        model.addAttribute("decides", SpecialChannels.decides(account));
        return "identification/special-channel";
    }

    /** A school's request: for a student named by id (from the application's page) or by ID number. */
    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String request(
            @RequestParam(required = false) Long studentId,
            @RequestParam(required = false) String idNumber,
            @RequestParam int schoolYear,
            @RequestParam(required = false) ReasonCategory category,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long application,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        String back = application == null
                ? "redirect:/identification/special-channel"
                : "redirect:/identification/applications/" + application;
        try {
            long student = studentId != null ? studentId : channels.studentOf(idNumber, account);
            long id = channels.request(new SpecialChannels.Request(student, schoolYear, category, reason), account);
            redirect.addFlashAttribute("notice", Messages.format("identification.specialChannel.requested"));
            return "redirect:/identification/special-channel/" + id;
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            redirect.addFlashAttribute("reason", reason);
            return back;
        }
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, redirect, () -> {
            SpecialChannel approved = channels.approve(id, accounts.current());
            return Messages.format(
                    "identification.specialChannel.approved", approved.student().name());
        });
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String refuse(@PathVariable long id, @RequestParam(required = false) String refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", refusal);
        return decide(id, redirect, () -> {
            SpecialChannel refused = channels.refuse(id, refusal, accounts.current());
            return Messages.format(
                    "identification.specialChannel.refused", refused.student().name());
        });
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String withdraw(
            @PathVariable long id, @RequestParam(required = false) String withdrawal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("withdrawal", withdrawal);
        return decide(id, redirect, () -> {
            SpecialChannel withdrawn = channels.withdraw(id, withdrawal, accounts.current());
            return Messages.format(
                    "identification.specialChannel.withdrawn",
                    withdrawn.student().name());
        });
    }

    private String decide(long id, RedirectAttributes redirect, java.util.function.Supplier<String> decision) {
        try {
            redirect.addFlashAttribute("notice", decision.get());
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/identification/special-channel/" + id;
    }
}
