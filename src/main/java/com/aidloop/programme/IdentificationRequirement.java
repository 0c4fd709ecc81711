package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a need-based programme asks of its awards in one county and term: an identification of
 * the student's economic difficulty in force for the term's school year, at a level the award's
 * tier allows, and whether a missing one is refused or only reported.
 *
 * @param levelsByTier the levels (困难等级 as labelled, e.g. 特别困难) each mapped tier allows; a
 *     tier without a mapping allows every level of difficulty
 * @param countyChoice whether the county chose the rule (else it is the catalogue's default)
 */
public record IdentificationRequirement(
        String programmeCode,
        String programmeName,
        IdentificationRule rule,
        boolean countyChoice,
        Map<String, Set<String>> levelsByTier) {

    /** The levels of difficulty an identification can be at (不困难 is none of them). */
    public static final List<String> LEVELS = List.of("特别困难", "比较困难", "一般困难");

    public IdentificationRequirement {
        levelsByTier = Map.copyOf(levelsByTier);
    }

    /** The levels the tier allows, in the order of {@link #LEVELS}. */
    public List<String> allowedLevels(String tierCode) {
        Set<String> mapped = tierCode == null ? null : levelsByTier.get(tierCode);
        if (mapped == null) {
            return LEVELS;
        }
        return LEVELS.stream().filter(mapped::contains).toList();
    }

    /** Whether an identification at this level (its label) suits the tier. */
    public boolean allows(String tierCode, String level) {
        return level != null && allowedLevels(tierCode).contains(level);
    }

    /** The mapped tiers in page order with their levels: "一档：特别困难". */
    public List<String> tierLines() {
        return levelsByTier.keySet().stream()
                .map(IdentificationRequirement::tier)
                .sorted(Comparator.comparing(Tier::sortKey))
                .map(t -> t.label() + "：" + String.join("、", allowedLevels(t.code())))
                .toList();
    }

    private static Tier tier(String code) {
        try {
            return Tier.known(code);
        } catch (InvalidValue unknown) {
            return new Tier(code, code);
        }
    }

    public boolean refuses() {
        return rule == IdentificationRule.REQUIRED;
    }
}
