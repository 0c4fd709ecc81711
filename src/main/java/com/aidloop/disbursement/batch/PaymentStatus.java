package com.aidloop.disbursement.batch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands with the bank, and its state machine: every move a payment may make is in
 * {@link #next()}. A payment is created PENDING; the bank's return file (or a person who checked
 * with the bank) settles it PAID or FAILED; a FAILED payment may still be marked PAID when the bank
 * paid after all. PAID is final. The names are the values stored in {@code disbursement_payment.status}.
 */
public enum PaymentStatus {
    PENDING("待回盘"),
    PAID("已发放"),
    FAILED("发放失败");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a payment in this status may move to. */
    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PAID, FAILED);
            case FAILED -> EnumSet.of(PAID);
            case PAID -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /** Whether a payment in this status may move to {@code next}. */
    public boolean canMoveTo(PaymentStatus next) {
        return next().contains(next);
    }

    /** The statuses from which a payment may move to {@code target}. */
    public static Set<PaymentStatus> allowedFrom(PaymentStatus target) {
        Set<PaymentStatus> from = EnumSet.noneOf(PaymentStatus.class);
        for (PaymentStatus s : values()) {
            if (s.canMoveTo(target)) {
                from.add(s);
            }
        }
        return from;
    }

    /**
     * The statuses a bank's result settles: those from which both PAID and FAILED are allowed, since
     * the file may say either. A settled payment is never changed by a file, only by a person's decision.
     */
    public static Set<PaymentStatus> settledByBank() {
        Set<PaymentStatus> from = allowedFrom(PAID);
        from.retainAll(allowedFrom(FAILED));
        return from;
    }

    /** Whether the payment may be paid again through a new one (重新发放): only a failed one. */
    public boolean mayBeReissued() {
        return this == FAILED;
    }

    /** The stored values of {@code statuses}, for a guard {@code status = ANY(CAST(:from AS text[]))}. */
    public static String[] names(Set<PaymentStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }
}
