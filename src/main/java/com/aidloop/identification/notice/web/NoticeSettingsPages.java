package com.aidloop.identification.notice.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.notice.NoticeRefused;
import com.aidloop.identification.notice.NoticeSettings;
import com.aidloop.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公示设置: the county chooses whether notices show the level and the working days to answer an objection. */
@Controller
@RequestMapping("/identification/notices/settings")
@PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
class NoticeSettingsPages {

    private final NoticeSettings settings;
    private final CurrentAccounts accounts;

    NoticeSettingsPages(NoticeSettings settings, CurrentAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping
    String show(Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("setting", settings.of(account.regionCode() == null ? "" : account.regionCode()));
        model.addAttribute(
                "countyLevel",
                account.regionCode() != null && account.regionCode().length() == 6);
        return "identification/notice-settings";
    }

    @PostMapping
    String change(
            @RequestParam(defaultValue = "false") boolean showLevel,
            @RequestParam(defaultValue = "3") int answerWorkingDays,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            settings.change(account.regionCode(), showLevel, answerWorkingDays, account.username());
            redirect.addFlashAttribute("notice", Messages.format("notice.settings.saved"));
        } catch (NoticeRefused refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/identification/notices/settings";
    }
}
