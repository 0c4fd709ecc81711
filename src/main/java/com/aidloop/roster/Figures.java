package com.aidloop.roster;

import com.aidloop.shared.Money;

/** How many awards (人次) and how much money a part of a term's awards holds. */
public record Figures(long awards, Money amount) {

    public static final Figures NONE = new Figures(0, Money.ZERO);

    public Figures {
        if (awards < 0 || amount == null) {
            throw new IllegalArgumentException("figures need a count of zero or more and an amount");
        }
    }

    public Figures plus(Figures other) {
        return new Figures(awards + other.awards, amount.plus(other.amount));
    }

    public Figures plus(Money one) {
        return new Figures(awards + 1, amount.plus(one));
    }
}
