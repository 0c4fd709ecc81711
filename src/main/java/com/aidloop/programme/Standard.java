package com.aidloop.programme;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded version of a tier's standard (资助标准): the amount per term, or a band for
 * programmes that pay within limits, or the withdrawal of the tier, valid from a term until a
 * later version for the same tier takes over (valid time). It also says when it was recorded and
 * by whom, and when a correction for the same tier and term superseded it (transaction time):
 * nothing is ever overwritten.
 *
 * @param id the stored row, or null before it is saved
 * @param amount the fixed amount per term, or null for a band or a withdrawal
 * @param minimum the band's lower limit per term, or null
 * @param maximum the band's upper limit per term, or null
 * @param withdrawn the tier is no longer paid from {@code validFrom}
 * @param recordedBy who proposed it
 * @param approvedBy the second person who approved it, by whose approval it was recorded; null
 *     for the seeded catalogue and standards recorded before approvals were required
 * @param supersededAt when a correction replaced this version, or null while it stands
 */
public record Standard(
        Long id,
        Tier tier,
        Term validFrom,
        Money amount,
        Money minimum,
        Money maximum,
        boolean withdrawn,
        String note,
        String source,
        Instant recordedAt,
        String recordedBy,
        String approvedBy,
        Instant supersededAt,
        String supersededBy) {

    public Standard {
        Objects.requireNonNull(tier);
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(recordedAt);
        Objects.requireNonNull(recordedBy);
        note = note == null ? "" : note;
        source = source == null ? "" : source;
        boolean fixed = amount != null && minimum == null && maximum == null;
        boolean band = amount == null && minimum != null && maximum != null;
        if (withdrawn ? amount != null || minimum != null || maximum != null : !(fixed || band)) {
            throw new IllegalArgumentException("a standard is a fixed amount, a band or a withdrawal: " + tier.code());
        }
    }

    public boolean isBand() {
        return minimum != null;
    }

    /** Whether this version still stands as the catalogue is known at {@code at}. */
    public boolean standsAt(Instant at) {
        return !recordedAt.isAfter(at) && (supersededAt == null || supersededAt.isAfter(at));
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    /** A paid amount fits: equal to the fixed amount, or inside the band (limits included). */
    public boolean accepts(Money paid) {
        if (withdrawn) {
            return false;
        }
        return isBand() ? paid.compareTo(minimum) >= 0 && paid.compareTo(maximum) <= 0 : paid.compareTo(amount) == 0;
    }

    /** The same terms of payment: equal amount, equal band, or both withdrawals. */
    public boolean paysLike(Standard other) {
        return withdrawn == other.withdrawn
                && Objects.equals(amount, other.amount)
                && Objects.equals(minimum, other.minimum)
                && Objects.equals(maximum, other.maximum);
    }

    /** "1,750.00", "200.00～2,000.00" or "停发". */
    public String amountText() {
        if (withdrawn) {
            return "停发";
        }
        return isBand() ? Money.display(minimum) + "～" + Money.display(maximum) : Money.display(amount);
    }

    /** "一档 1,750.00". */
    public String describe() {
        return tier.label() + " " + amountText();
    }

    public Standard supersede(Instant at, String by) {
        return new Standard(
                id,
                tier,
                validFrom,
                amount,
                minimum,
                maximum,
                withdrawn,
                note,
                source,
                recordedAt,
                recordedBy,
                approvedBy,
                at,
                by);
    }

    public Standard stored(long newId) {
        return new Standard(
                newId,
                tier,
                validFrom,
                amount,
                minimum,
                maximum,
                withdrawn,
                note,
                source,
                recordedAt,
                recordedBy,
                approvedBy,
                supersededAt,
                supersededBy);
    }
}
