package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/** How many (awards or payment lines) and how much money. */
public record PayoutFigure(long count, Money amount) {

    public static final PayoutFigure NONE = new PayoutFigure(0, Money.ZERO);

    public PayoutFigure plus(PayoutFigure other) {
        return new PayoutFigure(count + other.count, amount.plus(other.amount));
    }

    public PayoutFigure minus(PayoutFigure other) {
        return new PayoutFigure(count - other.count, amount.minus(other.amount));
    }

    public boolean isZero() {
        return count == 0 && amount.yuan().signum() == 0;
    }
}
