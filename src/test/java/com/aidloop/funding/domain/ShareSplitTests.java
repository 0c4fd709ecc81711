package com.aidloop.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShareSplitTests {

    private static Map<FundingSource, BigDecimal> shares(
            String central, String provincial, String city, String county) {
        Map<FundingSource, BigDecimal> percent = new EnumMap<>(FundingSource.class);
        percent.put(FundingSource.CENTRAL, new BigDecimal(central));
        percent.put(FundingSource.PROVINCIAL, new BigDecimal(provincial));
        percent.put(FundingSource.CITY, new BigDecimal(city));
        percent.put(FundingSource.COUNTY, new BigDecimal(county));
        percent.put(FundingSource.SCHOOL, BigDecimal.ZERO);
        percent.put(FundingSource.SOCIAL, BigDecimal.ZERO);
        return percent;
    }

    @Test
    void splitsExactlyWhenTheSharesGoUp() {
        SourceAmounts parts = ShareSplit.split(Money.yuan("1250.00"), shares("50", "25", "0", "25"));

        assertThat(parts.of(FundingSource.CENTRAL)).isEqualTo(Money.yuan("625.00"));
        assertThat(parts.of(FundingSource.PROVINCIAL)).isEqualTo(Money.yuan("312.50"));
        assertThat(parts.of(FundingSource.COUNTY)).isEqualTo(Money.yuan("312.50"));
        assertThat(parts.of(FundingSource.CITY)).isEqualTo(Money.ZERO);
    }

    @Test
    void givesTheLeftOverFenToTheLargestRemainder() {
        // 0.10 yuan at 60/20/20: 6, 2, 2 fen exactly; 0.01 yuan: 0.6, 0.2, 0.2 → the fen goes to 中央
        assertThat(ShareSplit.split(Money.yuan("0.01"), shares("60", "20", "0", "20"))
                        .of(FundingSource.CENTRAL))
                .isEqualTo(Money.yuan("0.01"));
        // 1.00 at 33.33/33.33/0/33.34: 33.33, 33.33, 33.34 — no remainder to hand out
        SourceAmounts thirds = ShareSplit.split(Money.yuan("1.00"), shares("33.33", "33.33", "0", "33.34"));
        assertThat(thirds.of(FundingSource.COUNTY)).isEqualTo(Money.yuan("0.34"));
        // 0.05 at 33.33/33.33/0/33.34: exact 1.6665, 1.6665, 1.667 fen → floors 1,1,1; the two fen left
        // go to 县级 (remainder .667) and then 中央 (remainder .6665, listed before 省级)
        SourceAmounts small = ShareSplit.split(Money.yuan("0.05"), shares("33.33", "33.33", "0", "33.34"));
        assertThat(small.of(FundingSource.COUNTY)).isEqualTo(Money.yuan("0.02"));
        assertThat(small.of(FundingSource.CENTRAL)).isEqualTo(Money.yuan("0.02"));
        assertThat(small.of(FundingSource.PROVINCIAL)).isEqualTo(Money.yuan("0.01"));
    }

    @Test
    void partsAlwaysAddUpToTheWholeAndStayWithinAFenOfTheirExactShare() {
        Random random = new Random(42);
        Map<FundingSource, BigDecimal> odd = shares("33.33", "16.67", "12.5", "37.5");
        for (int i = 0; i < 2_000; i++) {
            Money whole = new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2));
            SourceAmounts parts = ShareSplit.split(whole, odd);
            assertThat(parts.total()).isEqualTo(whole);
            odd.forEach((source, percent) -> {
                BigDecimal exact = whole.yuan().multiply(percent).divide(BigDecimal.valueOf(100));
                assertThat(parts.of(source).yuan().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            });
        }
    }

    @Test
    void withoutSharesTheWholeAmountIsUnassigned() {
        SourceAmounts parts = ShareSplit.split(Money.yuan("500.00"), Map.of());

        assertThat(parts.of(FundingSource.UNASSIGNED)).isEqualTo(Money.yuan("500.00"));
        assertThat(parts.parts()).hasSize(1);
    }

    @Test
    void refusesSharesThatDoNotAddUpToAHundred() {
        assertThatThrownBy(() -> ShareSplit.split(Money.yuan("1.00"), shares("50", "20", "0", "20")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
