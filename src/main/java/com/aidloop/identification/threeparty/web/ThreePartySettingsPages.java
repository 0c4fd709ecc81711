package com.aidloop.identification.threeparty.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.threeparty.ThreePartySettings;
import com.aidloop.identification.threeparty.domain.ThreePartyRules;
import com.aidloop.school.Stage;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's three-party review settings: the stages that go to it and each step's deadline in working days. */
@Controller
@RequestMapping("/identification/three-party/settings")
@PreAuthorize("hasAuthority('THREE_PARTY_SETTINGS')")
class ThreePartySettingsPages {

    private final ThreePartySettings settings;
    private final CurrentAccounts accounts;

    ThreePartySettingsPages(ThreePartySettings settings, CurrentAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("rules", settings.of(accounts.current().regionCode()));
        model.addAttribute("stages", Stage.values());
        return "identification/three-party-settings";
    }

    @PostMapping
    String save(
            @RequestParam(required = false) List<String> stages,
            @RequestParam int villageDays,
            @RequestParam int townshipDays,
            @RequestParam int countyDays,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        EnumSet<Stage> chosen = EnumSet.noneOf(Stage.class);
        (stages == null ? List.<String>of() : stages).forEach(s -> chosen.add(Stage.valueOf(s)));
        try {
            settings.save(new ThreePartyRules(chosen, villageDays, townshipDays, countyDays), account);
            redirect.addFlashAttribute("notice", Messages.format("identification.threeParty.settingsSaved"));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/identification/three-party/settings";
    }
}
