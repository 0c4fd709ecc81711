package com.aidloop.funding.domain;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount by percentage shares to the fen with the largest-remainder rule: every source
 * first gets its exact share rounded down to the fen; the fen left over go one each to the sources
 * with the largest dropped remainder, ties to the source listed first (中央 before 省级 …). The
 * parts always add up to the whole, and no part differs from its exact share by a fen or more.
 * Without shares the whole amount is {@link FundingSource#UNASSIGNED}.
 */
public final class ShareSplit {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ShareSplit() {}

    /**
     * @param percentages percent per source with at most two decimals, adding up to 100; empty for none recorded
     */
    public static SourceAmounts split(Money whole, Map<FundingSource, BigDecimal> percentages) {
        if (percentages.isEmpty()) {
            return SourceAmounts.of(FundingSource.UNASSIGNED, whole);
        }
        BigDecimal sum = percentages.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("shares add up to " + sum + ", not 100");
        }
        long fen = whole.yuan().movePointRight(2).longValueExact();
        long sign = Long.signum(fen);
        long magnitude = Math.abs(fen);
        record Part(FundingSource source, long floor, long remainder) {}
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (FundingSource source : FundingSource.ALLOCATABLE) {
            BigDecimal percent = percentages.getOrDefault(source, BigDecimal.ZERO);
            // fen × percent in hundredths of a percent, over 10,000: exact integer arithmetic
            long basisPoints = percent.movePointRight(2).longValueExact();
            BigDecimal exact = BigDecimal.valueOf(magnitude).multiply(BigDecimal.valueOf(basisPoints));
            BigDecimal[] division = exact.divideAndRemainder(TEN_THOUSAND);
            long floor = division[0].longValueExact();
            parts.add(new Part(source, floor, division[1].longValueExact()));
            given += floor;
        }
        long left = magnitude - given;
        List<Part> byRemainder = parts.stream()
                .sorted(Comparator.comparingLong(Part::remainder).reversed())
                .toList();
        Map<FundingSource, Money> result = new EnumMap<>(FundingSource.class);
        for (Part part : parts) {
            result.put(part.source(), Money.ZERO);
        }
        for (int i = 0; i < byRemainder.size(); i++) {
            Part part = byRemainder.get(i);
            long amount = part.floor() + (i < left ? 1 : 0);
            result.put(part.source(), new Money(BigDecimal.valueOf(sign * amount, 2)));
        }
        return new SourceAmounts(result);
    }
}
