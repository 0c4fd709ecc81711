package com.aidloop.disbursement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payout batch stands, and its state machine: every move a batch may make is in
 * {@link #next()}, and the batch's verbs and the SQL that writes a status are guarded by it. A batch
 * moves one step at a time, DRAFT → APPROVED → EXPORTED → RECONCILED; the only step back is a change
 * to an approved batch, which voids its approval. The names are the values stored in
 * {@code disbursement_batch.status}.
 */
public enum BatchStatus {
    DRAFT,
    APPROVED,
    EXPORTED,
    RECONCILED;

    /** The statuses a batch in this status may move to. */
    public Set<BatchStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(EXPORTED, DRAFT);
            case EXPORTED -> EnumSet.of(RECONCILED);
            case RECONCILED -> EnumSet.noneOf(BatchStatus.class);
        };
    }

    /** Whether a batch in this status may move to {@code next}. */
    public boolean canMoveTo(BatchStatus next) {
        return next().contains(next);
    }

    /** The statuses from which a batch may move to {@code target}. */
    public static Set<BatchStatus> allowedFrom(BatchStatus target) {
        Set<BatchStatus> from = EnumSet.noneOf(BatchStatus.class);
        for (BatchStatus s : values()) {
            if (s.canMoveTo(target)) {
                from.add(s);
            }
        }
        return from;
    }

    /** Whether lines may be taken out: while a draft, or while the batch may still go back to one. */
    public boolean linesMayChange() {
        return this == DRAFT || canMoveTo(DRAFT);
    }
}
