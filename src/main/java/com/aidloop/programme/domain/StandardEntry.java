package com.aidloop.programme.domain;

import com.aidloop.programme.StandardInput;
import com.aidloop.programme.Tier;
import com.aidloop.shared.FieldChecks;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A new standard for one tier, checked on its own: a fixed amount, a band or a withdrawal, valid
 * from a term. Whether it fits the programme is the programme's decision.
 */
public record StandardEntry(
        Tier tier,
        Term validFrom,
        Money amount,
        Money minimum,
        Money maximum,
        boolean withdrawn,
        String note,
        String source) {

    /** No standard pays more than this per term; a larger figure is taken for a typing slip. */
    public static final Money MAXIMUM_PER_TERM = Money.yuan(100_000);

    public static final int NOTE_MAX = 500;
    public static final int SOURCE_MAX = 200;

    public StandardEntry {
        Objects.requireNonNull(tier);
        Objects.requireNonNull(validFrom);
        note = Text.normalize(note);
        source = Text.normalize(source);
    }

    /**
     * Checks every field at once. The tier may be typed as a code or label of a tier the programme
     * already has, a known tier (二档, 标准, 寄宿生) or a new code with its label.
     */
    public static StandardEntry parse(StandardInput input, Collection<Tier> existing) {
        FieldChecks checks = new FieldChecks();
        Tier tier = checks.field("tier", () -> tier(input.tier(), input.tierLabel(), existing));
        Term validFrom = checks.field("validFrom", () -> ProgrammeFacts.term(input.validFrom()));
        Money amount = checks.optional("amount", input.amount(), () -> positive(input.amount()));
        Money minimum = checks.optional("minimum", input.minimum(), () -> positive(input.minimum()));
        Money maximum = checks.optional("maximum", input.maximum(), () -> positive(input.maximum()));
        boolean fixed = !blank(input.amount());
        boolean band = !blank(input.minimum()) || !blank(input.maximum());
        if (input.withdraw()) {
            if (fixed || band) {
                checks.reject("amount", "programme.standard.withdraw.withAmount");
            }
        } else if (fixed && band) {
            checks.reject("amount", "programme.standard.amount.both");
        } else if (!fixed && !band) {
            checks.reject("amount", "programme.standard.amount.required");
        } else if (band) {
            if (blank(input.minimum()) || blank(input.maximum())) {
                checks.reject(blank(input.minimum()) ? "minimum" : "maximum", "programme.standard.band.incomplete");
            } else if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
                checks.reject("maximum", "programme.standard.band.order");
            }
        }
        String note = checks.field("note", () -> limited(input.note(), NOTE_MAX, "programme.note.length"));
        String source = checks.field("source", () -> limited(input.source(), SOURCE_MAX, "programme.source.length"));
        checks.throwIfAny();
        return input.withdraw()
                ? new StandardEntry(tier, validFrom, null, null, null, true, note, source)
                : new StandardEntry(tier, validFrom, band ? null : amount, minimum, maximum, false, note, source);
    }

    private static Tier tier(String typed, String label, Collection<Tier> existing) {
        String wanted = Text.normalize(typed);
        String newLabel = Text.normalize(label);
        if (wanted.isEmpty()) {
            throw new InvalidValue("programme.standard.tier.required");
        }
        Optional<Tier> same = existing.stream()
                .filter(t -> t.code().equalsIgnoreCase(Text.compact(wanted))
                        || NameKey.of(t.label()).equals(NameKey.of(wanted)))
                .findFirst();
        Optional<Tier> tier = same.or(() -> TierNames.known(wanted));
        if (tier.isPresent()) {
            return newLabel.isEmpty() ? tier.get() : new Tier(tier.get().code(), newLabel);
        }
        String code = Text.compact(wanted).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{0,29}") || newLabel.isEmpty()) {
            throw new InvalidValue("programme.standard.tier.unknown", wanted);
        }
        return new Tier(code, newLabel);
    }

    private static Money positive(String raw) {
        Money money = Money.yuan(raw);
        if (money.yuan().signum() <= 0) {
            throw new InvalidValue("programme.standard.amount.positive");
        }
        if (money.compareTo(MAXIMUM_PER_TERM) > 0) {
            throw new InvalidValue("programme.standard.amount.tooLarge", "100,000.00");
        }
        return money;
    }

    private static boolean blank(String raw) {
        return Text.compact(raw).isEmpty();
    }

    private static String limited(String raw, int max, String code) {
        String text = Text.normalize(raw);
        if (text.length() > max) {
            throw new InvalidValue(code, max);
        }
        return text;
    }
}
