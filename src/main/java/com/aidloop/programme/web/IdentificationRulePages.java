package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.IdentificationRequirement;
import com.aidloop.programme.IdentificationRule;
import com.aidloop.programme.NeedBasedProgrammes;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
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
 * The need-based programmes of the caller's county (认定要求): the tiers' allowed levels this term and
 * whether an award without an identification is refused or only reported; county staff with
 * PROGRAMME_EDIT switch the rule for their county.
 */
@Controller
@RequestMapping("/programmes/identification-rules")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','PROGRAMME_EDIT')")
class IdentificationRulePages {

    private final NeedBasedProgrammes needBased;
    private final ProgrammeCatalogue catalogue;
    private final CurrentAccounts accounts;

    IdentificationRulePages(NeedBasedProgrammes needBased, ProgrammeCatalogue catalogue, CurrentAccounts accounts) {
        this.needBased = needBased;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @GetMapping
    String rules(Model model) {
        CurrentAccount account = accounts.current();
        Term term = catalogue.currentTerm();
        model.addAttribute("term", term);
        model.addAttribute("requirements", needBased.ofMyCounty(account, term));
        model.addAttribute("maySwitch", needBased.maySwitch(account));
        model.addAttribute("rules", IdentificationRule.values());
        return "programmes/identification-rules";
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String switchRule(@PathVariable String code, @RequestParam String rule, RedirectAttributes redirect) {
        IdentificationRequirement switched = needBased.switchRule(code, rule, accounts.current());
        redirect.addFlashAttribute(
                "notice",
                Messages.format(
                        "programme.identificationRule.switched",
                        switched.programmeName(),
                        switched.rule().label()));
        return "redirect:/programmes/identification-rules";
    }
}
