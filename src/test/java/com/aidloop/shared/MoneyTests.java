package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @Test
    void keepsExactlyTwoDecimals() {
        Money amount = new Money(new BigDecimal("1250"));

        assertThat(amount.yuan().scale()).isEqualTo(2);
        assertThat(amount.toString()).isEqualTo("1250.00");
        assertThat(Money.yuan(625).toString()).isEqualTo("625.00");
    }

    @Test
    void refusesThreeDecimals() {
        InvalidValue rejected = Rejection.of(() -> new Money(new BigDecimal("1250.005")));

        assertThat(rejected.code()).isEqualTo("money.fen");
        assertThat(rejected.getLocalizedMessage()).isEqualTo("金额1250.005超过两位小数，请精确到分");
        assertThat(Rejection.of(() -> Money.yuan("0.125")).code()).isEqualTo("money.fen");
    }

    @Test
    void acceptsTrailingZerosBeyondTheFen() {
        assertThat(new Money(new BigDecimal("1250.000"))).isEqualTo(Money.yuan("1250.00"));
    }

    @Test
    void equalsRegardlessOfHowTheAmountWasWritten() {
        assertThat(new Money(new BigDecimal("5"))).isEqualTo(Money.yuan("5.0")).isEqualTo(Money.yuan(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,250.00元", "1250", "1250.0", " 1 250.00 ", "１，２５０．００元", "￥1,250.00", "¥1250.00", "+1250"})
    void parsesAmountsAsWrittenInFormsAndSpreadsheets(String written) {
        assertThat(Money.yuan(written)).isEqualTo(new Money(new BigDecimal("1250.00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-50.00", "-50", "－50.00元", "\u221250"})
    void keepsTheSignOfANegativeAmount(String written) {
        Money returned = Money.yuan(written);

        assertThat(returned.yuan()).isEqualByComparingTo("-50.00");
        assertThat(returned.isNegative()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一千元", "1.2.3", "12a", "1e3", "-", "."})
    void rejectsWhatIsNotAnAmount(String written) {
        InvalidValue rejected = Rejection.of(() -> Money.yuan(written));

        assertThat(rejected.code()).isEqualTo("money.format");
        assertThat(rejected.getLocalizedMessage()).startsWith("金额“").contains("不是数字");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "元"})
    void requiresAnAmount(String blank) {
        assertThat(Rejection.of(() -> Money.yuan(blank)).code()).isEqualTo("money.required");
    }

    @Test
    void refusesAMissingBigDecimal() {
        assertThat(Rejection.of(() -> new Money(null)).code()).isEqualTo("money.required");
    }

    @Test
    void addsAndSubtractsToTheFen() {
        Money total = Money.yuan("1250.00").plus(Money.yuan("0.10")).minus(Money.yuan("0.01"));

        assertThat(total).isEqualTo(Money.yuan("1250.09"));
        assertThat(Money.yuan("1.00").minus(Money.yuan("1.01")).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.yuan("625.00")).isLessThan(Money.yuan("1250.00"));
        assertThat(Money.yuan("1250")).isEqualByComparingTo(Money.yuan("1250.00"));
    }

    @Test
    void showsItselfWithThousandsSeparatorsAndTwoDecimalsWhateverTheJvmsLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.yuan("1750").display()).isEqualTo("1,750.00");
            assertThat(Money.yuan("1234567.5").display()).isEqualTo("1,234,567.50");
            assertThat(Money.yuan("-500").display()).isEqualTo("-500.00");
            assertThat(Money.ZERO.display()).isEqualTo("0.00");
            assertThat(Money.display(null)).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }
}
