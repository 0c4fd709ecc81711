package com.aidloop.disbursement.round;

import com.aidloop.award.PayableAward;
import com.aidloop.disbursement.batch.ControlTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a payout round splits the awards it pays: one batch per issuing bank ({@link IssuingBank}),
 * each holding only that bank's cards in the order read (the bank file's order). Left out: awards
 * that already have a payment (a failed one is reissued, never paid again by a new batch), and
 * awards without a card or without its bank, which are named for staff to fix the card.
 */
public final class RoundSplit {

    private final Map<String, List<PayableAward>> byBank = new TreeMap<>();
    private final List<PayableAward> withoutCard = new ArrayList<>();
    private final Set<Long> taken;
    private long alreadyPaid;

    /** @param taken the awards that have a payment row (pending, paid or failed) */
    public RoundSplit(Set<Long> taken) {
        this.taken = taken;
    }

    /** Takes the next award as read. */
    public void take(PayableAward award) {
        if (taken.contains(award.awardId())) {
            alreadyPaid++;
            return;
        }
        String bank = IssuingBank.of(award.cardBank());
        if (award.cardNumberSealed() == null || award.cardNumberSealed().isBlank() || bank == null) {
            withoutCard.add(award);
            return;
        }
        byBank.computeIfAbsent(bank, b -> new ArrayList<>()).add(award);
    }

    /** The lines of each bank's batch, banks in name order. */
    public Map<String, List<PayableAward>> byBank() {
        return byBank;
    }

    /** Count and sum of one bank's lines: the batch's control totals. */
    public static ControlTotals totals(List<PayableAward> lines) {
        ControlTotals totals = ControlTotals.NONE;
        for (PayableAward line : lines) {
            totals = totals.plus(line.amount());
        }
        return totals;
    }

    /** Awards that cannot be paid until their card (or its bank) is recorded. */
    public List<PayableAward> withoutCard() {
        return withoutCard;
    }

    public long alreadyPaid() {
        return alreadyPaid;
    }

    public boolean isEmpty() {
        return byBank.isEmpty();
    }
}
