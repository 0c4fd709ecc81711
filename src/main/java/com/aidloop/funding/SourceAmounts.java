package com.aidloop.funding;

import com.aidloop.shared.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** An amount of money split by funding source; the parts add up to {@link #total()} to the fen. */
public record SourceAmounts(Map<FundingSource, Money> parts) {

    public static final SourceAmounts NONE = new SourceAmounts(Map.of());

    public SourceAmounts {
        EnumMap<FundingSource, Money> copy = new EnumMap<>(FundingSource.class);
        parts.forEach((source, money) -> {
            if (money.yuan().signum() != 0) {
                copy.put(source, money);
            }
        });
        parts = Collections.unmodifiableMap(copy);
    }

    /** All of the amount from one source. */
    public static SourceAmounts of(FundingSource source, Money amount) {
        return new SourceAmounts(Map.of(source, amount));
    }

    public Money of(FundingSource source) {
        return parts.getOrDefault(source, Money.ZERO);
    }

    public Money total() {
        return parts.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public SourceAmounts plus(SourceAmounts other) {
        EnumMap<FundingSource, Money> sum = new EnumMap<>(FundingSource.class);
        sum.putAll(parts);
        other.parts.forEach((source, money) -> sum.merge(source, money, Money::plus));
        return new SourceAmounts(sum);
    }
}
