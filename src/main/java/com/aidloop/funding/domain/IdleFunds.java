package com.aidloop.funding.domain;

import com.aidloop.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Idle money (闲置沉淀): money of one programme, term and source received by the county that is
 * still unpaid more than a set number of days after it arrived. Payments use the money in the
 * order it arrived (first in, first out): what has been paid is taken from the earliest receipts
 * first, and any receipt still holding money and older than the limit is idle.
 */
public final class IdleFunds {

    /** Money received on a day (a standing allocation entry). */
    public record Receipt(LocalDate receivedOn, Money amount) {}

    /**
     * The finding: how much is idle, since when and for how many days, under which limit. The
     * rule and its facts go with it, so that a reviewer sees why the row is flagged.
     */
    public record Idle(Money amount, LocalDate since, long days, int limitDays) {

        public String explanation() {
            return "资金到位超过" + limitDays + "天未支出：自" + since + "起闲置" + days + "天，闲置金额" + amount.display() + "元";
        }
    }

    private IdleFunds() {}

    /**
     * @param paid everything paid so far from this source for the programme and term in the county
     * @param limitDays money unpaid for more than this many days after receipt is idle
     */
    public static Optional<Idle> find(List<Receipt> receipts, Money paid, LocalDate today, int limitDays) {
        if (limitDays < 1) {
            throw new IllegalArgumentException("the limit must be at least one day: " + limitDays);
        }
        LocalDate cutoff = today.minusDays(limitDays);
        Money toCover = paid;
        Money idle = Money.ZERO;
        LocalDate since = null;
        for (Receipt receipt : receipts.stream()
                .sorted(Comparator.comparing(Receipt::receivedOn))
                .toList()) {
            Money used = toCover.compareTo(receipt.amount()) >= 0
                    ? receipt.amount()
                    : (toCover.isNegative() ? Money.ZERO : toCover);
            toCover = toCover.minus(used);
            Money remaining = receipt.amount().minus(used);
            if (remaining.yuan().signum() > 0 && receipt.receivedOn().isBefore(cutoff)) {
                idle = idle.plus(remaining);
                since = since == null ? receipt.receivedOn() : since;
            }
        }
        if (since == null) {
            return Optional.empty();
        }
        return Optional.of(new Idle(idle, since, ChronoUnit.DAYS.between(since, today), limitDays));
    }
}
