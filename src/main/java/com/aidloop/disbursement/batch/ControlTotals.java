package com.aidloop.disbursement.batch;

import com.aidloop.shared.Money;

/** Count and sum of a batch's payment lines (控制总数): frozen at creation, checked before approval and export. */
public record ControlTotals(long count, Money amount) {

    public static final ControlTotals NONE = new ControlTotals(0, Money.ZERO);

    public ControlTotals {
        if (count < 0 || amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("control totals are a count and a sum, neither negative");
        }
    }

    public ControlTotals plus(Money line) {
        return new ControlTotals(count + 1, amount.plus(line));
    }

    public ControlTotals without(Money line) {
        return new ControlTotals(count - 1, amount.minus(line));
    }

    @Override
    public String toString() {
        return count + "笔 " + amount + "元";
    }
}
