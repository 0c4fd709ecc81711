package com.aidloop.disbursement;

/**
 * Where a payout batch stands. A batch moves one step at a time, DRAFT → APPROVED → EXPORTED →
 * RECONCILED; the only step back is a change to an approved batch, which voids its approval.
 */
public enum BatchStatus {
    DRAFT,
    APPROVED,
    EXPORTED,
    RECONCILED;

    /** Whether a batch in this status may move to {@code next}. */
    public boolean canMoveTo(BatchStatus next) {
        return next.ordinal() == ordinal() + 1 || (this == APPROVED && next == DRAFT);
    }
}
