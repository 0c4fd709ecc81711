package com.aidloop.award.web;

import com.aidloop.award.AwardsChangedMeanwhile;
import com.aidloop.award.ConfirmationRefused;
import com.aidloop.award.ConfirmedAwards;
import com.aidloop.award.ConfirmingAwards;
import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.award.ConfirmingAwards.Revocation;
import com.aidloop.award.NothingToConfirm;
import com.aidloop.award.RevocationRefused;
import com.aidloop.award.RuleBreach;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The confirmation page (资助确认): per school and programme of a term the awards imported and
 * confirmed, quota and budget with what is left, and a 确认 button per line and per school; a
 * 撤销确认 form with its reason on each line that has confirmed awards. A refusal is shown above
 * the table with the rule's name and the awards that break it.
 */
@Controller
@RequestMapping("/award-confirmations")
@PreAuthorize("hasAuthority('AWARD_CONFIRM')")
class ConfirmationPages {

    private final ConfirmingAwards confirming;
    private final CurrentAccounts accounts;
    private final ChinaTime time;
    private final RefusalWitness refusals;

    ConfirmationPages(ConfirmingAwards confirming, CurrentAccounts accounts, ChinaTime time, RefusalWitness refusals) {
        this.confirming = confirming;
        this.accounts = accounts;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@RequestParam(required = false) String term, Model model) {
        return page(Term.parseOr(term, time.currentTerm()), model);
    }

    @PostMapping
    String confirm(
            @RequestParam String term,
            @RequestParam long schoolId,
            @RequestParam(required = false) String programmeCode,
            Model model) {
        Term chosen = Term.parseOr(term, time.currentTerm());
        String programme = Text.compact(programmeCode).isEmpty() ? null : Text.compact(programmeCode);
        try {
            ConfirmedAwards done =
                    confirming.confirm(new Request(chosen, schoolId, programme, null), accounts.current());
            String names = confirming.overview(chosen, accounts.current()).stream()
                    .filter(l ->
                            l.schoolId() == schoolId && done.programmeCodes().contains(l.programmeCode()))
                    .map(l -> l.schoolName() + " " + l.programmeName())
                    .collect(java.util.stream.Collectors.joining("、"));
            model.addAttribute(
                    "done",
                    Messages.format(
                            "confirmation.done",
                            chosen.label(),
                            names,
                            done.awardIds().size(),
                            done.amount().display()));
            if (!done.identificationWarnings().isEmpty()) {
                model.addAttribute(
                        "identificationWarning",
                        Messages.format(
                                "confirmation.identification.warning",
                                done.identificationWarnings().size(),
                                chosen.schoolYear()));
                model.addAttribute("identificationWarnings", done.identificationWarnings());
            }
        } catch (ConfirmationRefused refused) {
            model.addAttribute("refusal", refused.getLocalizedMessage());
            model.addAttribute("breaches", refused.breaches());
            model.addAttribute(
                    "sentences",
                    refused.breaches().stream().map(RuleBreach::sentence).toList());
        } catch (NothingToConfirm | AwardsChangedMeanwhile refused) {
            refusals.saw(refused);
            model.addAttribute("refusal", refused.getLocalizedMessage());
        }
        return page(chosen, model);
    }

    @PostMapping("/revoke")
    String revoke(
            @RequestParam String term,
            @RequestParam long schoolId,
            @RequestParam(required = false) String programmeCode,
            @RequestParam(required = false) String reason,
            Model model) {
        Term chosen = Term.parseOr(term, time.currentTerm());
        String programme = Text.compact(programmeCode).isEmpty() ? null : Text.compact(programmeCode);
        try {
            ConfirmingAwards.Revoked done =
                    confirming.revoke(new Revocation(chosen, schoolId, programme, reason), accounts.current());
            model.addAttribute(
                    "done",
                    Messages.format(
                            "confirmation.revoke.done",
                            chosen.label(),
                            done.schoolName() + " " + String.join("、", done.programmeNames()),
                            done.awards(),
                            done.amount().display()));
        } catch (RevocationRefused | AwardsChangedMeanwhile refused) {
            refusals.saw(refused);
            model.addAttribute("refusal", refused.getLocalizedMessage());
        } catch (InvalidInput invalid) {
            model.addAttribute("refusal", invalid.problems().getFirst().text());
        }
        return page(chosen, model);
    }

    private String page(Term term, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("terms", time.termChoices(3, 1, term));
        model.addAttribute("lines", confirming.overview(term, accounts.current()));
        return "award-confirmations/list";
    }
}
