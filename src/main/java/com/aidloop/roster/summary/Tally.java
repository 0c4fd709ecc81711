package com.aidloop.roster.summary;

import com.aidloop.roster.Figures;
import com.aidloop.shared.Money;
import java.math.BigDecimal;

/** Counts awards and adds up their amounts exactly while a document is being built. */
public final class Tally {

    private long awards;
    private BigDecimal amount = BigDecimal.ZERO;

    public void add(Money one) {
        awards++;
        amount = amount.add(one.yuan());
    }

    public void add(Figures figures) {
        awards += figures.awards();
        amount = amount.add(figures.amount().yuan());
    }

    public void add(Tally other) {
        awards += other.awards;
        amount = amount.add(other.amount);
    }

    public long awards() {
        return awards;
    }

    public Figures figures() {
        return new Figures(awards, new Money(amount));
    }
}
