package com.aidloop.award;

import com.aidloop.shared.Money;

/** A confirmed award of a student from which money can still be recovered: its amount and what came back already. */
public record RecoverableAward(
        long awardId, String term, String programmeName, Money amount, Money recovered, boolean confirmed) {

    public Money open() {
        return amount.minus(recovered);
    }
}
