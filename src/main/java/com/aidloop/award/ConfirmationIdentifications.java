package com.aidloop.award;

import com.aidloop.award.RuleBreach.BreachingAward;
import com.aidloop.award.persistence.ConfirmationStore.Unconfirmed;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.IdentificationRequirement;
import com.aidloop.programme.IdentificationRequirements;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.Standard;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The confirmation's check that awards of need-based programmes rest on an identification (资助以认定为前提),
 * as the roster import checks them: each student must hold an identification in force for the
 * term's school year at a level the award's tier allows. Where the county made the programme's
 * rule REQUIRED a missing one is a {@link PayingRule#IDENTIFICATION} breach (the whole
 * confirmation is refused with the others); under WARNING (a transition year) the award is
 * confirmed and listed as a warning.
 */
@Component
class ConfirmationIdentifications {

    private final AwardIdentifications identifications;
    private final ProgrammeCatalogue catalogue;

    ConfirmationIdentifications(AwardIdentifications identifications, ProgrammeCatalogue catalogue) {
        this.identifications = identifications;
        this.catalogue = catalogue;
    }

    /** The awards without a fitting identification, split by the programme's rule. */
    record Findings(List<BreachingAward> refused, List<BreachingAward> warned) {

        Optional<RuleBreach> breach(Term term) {
            return refused.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new RuleBreach(
                            PayingRule.IDENTIFICATION,
                            "confirmation.rule.identification",
                            List.of(refused.size(), term.schoolYear()),
                            refused));
        }
    }

    /**
     * Checks the school's awards to confirm.
     *
     * @param scope the confirming account's scope, in which identifications are read
     */
    Findings check(Term term, SchoolView school, List<Unconfirmed> awards, DataScope scope) {
        IdentificationRequirements requirements =
                identifications.requirements(AwardIdentifications.countyOf(school.townshipCode()), term);
        List<Unconfirmed> needBased = awards.stream()
                .filter(a -> requirements.of(a.programmeCode()).isPresent())
                .toList();
        if (needBased.isEmpty()) {
            return new Findings(List.of(), List.of());
        }
        Map<Long, String> levels = identifications.levels(
                needBased.stream().map(Unconfirmed::studentId).distinct().toList(), term, scope);
        Catalogue snapshot = catalogue.asOf(term, DataScope.region(school.townshipCode()));
        List<BreachingAward> refused = new ArrayList<>();
        List<BreachingAward> warned = new ArrayList<>();
        for (Unconfirmed a : needBased) {
            IdentificationRequirement requirement =
                    requirements.of(a.programmeCode()).orElseThrow();
            String tierCode = tierCode(snapshot, a);
            String level = levels.get(a.studentId());
            if (requirement.allows(tierCode, level)) {
                continue;
            }
            String allowed = String.join("、", requirement.allowedLevels(tierCode));
            String detail = level == null
                    ? Messages.format("confirmation.identification.missing", term.schoolYear(), a.tier(), allowed)
                    : Messages.format("confirmation.identification.levelNotAllowed", level, a.tier(), allowed);
            BreachingAward named = new BreachingAward(
                    a.id(), a.idNumberMasked(), a.studentName(), a.schoolName(), a.programmeName(), a.amount(), detail);
            (requirement.refuses() ? refused : warned).add(named);
        }
        return new Findings(refused, warned);
    }

    /** The code of the award's tier (stored by its label), or null when the catalogue no longer has it. */
    private static String tierCode(Catalogue snapshot, Unconfirmed a) {
        return snapshot.programme(a.programmeCode())
                .flatMap(p -> p.tiers().stream()
                        .map(Standard::tier)
                        .filter(t -> t.label().equals(a.tier()) || t.code().equals(a.tier()))
                        .findFirst())
                .map(t -> t.code())
                .orElse(null);
    }
}
