package com.aidloop.roster.verification;

import com.aidloop.award.AwardLine;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.NameResolution;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.StandardCheck;
import com.aidloop.roster.documents.ProgrammeWords;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import java.util.Optional;

/**
 * Whether an award's amount is one its programme allows in the term, by the programme catalogue
 * (资助项目、标准): above zero, the programme in the catalogue for the student's stage and paying
 * this term, the tier one of its tiers, and the amount the tier's standard or within its band.
 * The catalogue's own sentence explains a breach. Thread-safe, like the catalogue.
 */
public final class CatalogueLimits {

    private final ProgrammeWords words;

    public CatalogueLimits(ProgrammeWords words) {
        this.words = words;
    }

    /** An amount outside the limits: the rule and its explanation (the catalogue's sentence, or the figure it broke). */
    public record Breach(Finding.Rule rule, String explanation) {}

    public Optional<Breach> check(AwardLine award) {
        if (award.amount().yuan().signum() <= 0) {
            return Optional.of(new Breach(Finding.Rule.AMOUNT_NOT_POSITIVE, "0.00"));
        }
        Optional<Catalogue> catalogue = words.catalogue();
        if (catalogue.isEmpty()) {
            return Optional.empty();
        }
        Stage stage = stage(award.stage());
        Optional<ProgrammeInForce> programme = catalogue
                .get()
                .programme(award.programmeCode())
                .or(() -> stage == null ? Optional.empty() : byName(catalogue.get(), award.programmeName(), stage));
        if (programme.isEmpty()) {
            return Optional.of(new Breach(Finding.Rule.PROGRAMME_NOT_IN_CATALOGUE, award.programmeCode()));
        }
        Stage checked = stage != null
                ? stage
                : programme.get().programme().stages().stream()
                        .sorted()
                        .findFirst()
                        .orElse(null);
        StandardCheck result = catalogue.get().check(programme.get(), award.tier(), award.amount(), checked);
        return result.passed()
                ? Optional.empty()
                : Optional.of(new Breach(Finding.Rule.OFF_STANDARD, result.message()));
    }

    private static Optional<ProgrammeInForce> byName(Catalogue catalogue, String name, Stage stage) {
        return catalogue.resolve(name, stage) instanceof NameResolution.Found found
                ? Optional.of(found.programme())
                : Optional.empty();
    }

    private static Stage stage(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Stage.parse(raw);
        } catch (InvalidValue unknown) {
            return null;
        }
    }
}
