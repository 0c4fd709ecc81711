package com.aidloop.award;

import com.aidloop.shared.Money;

/**
 * An award of a student, and whether money can be recovered from it: only a confirmed award could
 * have been paid, so only a confirmed one is recoverable, up to its amount less what was recovered
 * (confirmed by a second staff member) and what waits for that review (待复核, already reserved).
 */
public record RecoverableAward(
        long awardId,
        String term,
        String programmeName,
        Money amount,
        Money recovered,
        Money pending,
        boolean confirmed) {

    /** What can still be recovered: the amount less the recovered and the pending money. */
    public Money open() {
        return amount.minus(recovered).minus(pending);
    }

    /** Confirmed (so it could have been paid) and not yet wholly recovered or reserved. */
    public boolean recoverable() {
        return confirmed && open().yuan().signum() > 0;
    }
}
