package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"6222600260001072444", "6228480402564890018", "4111111111111111", "5555555555554444"})
    void acceptsCardNumbersThatPassLuhn(String card) {
        BankCardNumber number = new BankCardNumber(card);

        assertThat(number.passesLuhn()).isTrue();
        assertThat(number.warning()).isEmpty();
    }

    @Test
    void reportsALuhnFailureWithoutRejectingTheCard() {
        BankCardNumber number = new BankCardNumber("6222600260001072445");

        assertThat(number.passesLuhn()).isFalse();
        assertThat(number.warning()).get().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("card.luhn");
            assertThat(warning.getLocalizedMessage()).isEqualTo("资助卡号未通过校验（Luhn），请与银行核对卡号");
        });
    }

    @Test
    void checksLuhnOnPlainDigits() {
        assertThat(BankCardNumber.luhn("4111111111111111")).isTrue();
        assertThat(BankCardNumber.luhn("4111111111111112")).isFalse();
        assertThat(BankCardNumber.luhn("0")).isTrue();
    }

    @Test
    void neverPassesLuhnForSomethingThatIsNotDigits() {
        assertThat(BankCardNumber.luhn("")).isFalse();
        assertThat(BankCardNumber.luhn(null)).isFalse();
        assertThat(BankCardNumber.luhn("41111111111111a1")).isFalse();
    }

    @Test
    void acceptsSpacesDashesAndFullWidthDigits() {
        assertThat(new BankCardNumber("6222 6002 6000 1072 444").value()).isEqualTo("6222600260001072444");
        assertThat(new BankCardNumber("6222-6002-6000-1072-444").value()).isEqualTo("6222600260001072444");
        assertThat(new BankCardNumber("６２２２６００２６０００１０７２４４４").value()).isEqualTo("6222600260001072444");
    }

    @Test
    void rejectsAWrongLengthSayingHowLongItIs() {
        InvalidValue tooShort = Rejection.of(() -> new BankCardNumber("622260026000107"));

        assertThat(tooShort.code()).isEqualTo("card.format");
        assertThat(tooShort.getLocalizedMessage()).isEqualTo("资助卡号应为16至19位数字，当前为15位，请核对后重新填写");
        assertThat(Rejection.of(() -> new BankCardNumber("62226002600010724441"))
                        .code())
                .isEqualTo("card.format");
    }

    @Test
    void rejectsLettersAsNotDigitsRatherThanAsAWrongLength() {
        InvalidValue rejected = Rejection.of(() -> new BankCardNumber("6222600260001O72444"));

        assertThat(rejected.code()).isEqualTo("card.characters");
        assertThat(rejected.getLocalizedMessage()).contains("只能包含数字");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresANumber(String blank) {
        assertThat(Rejection.of(() -> new BankCardNumber(blank)).code()).isEqualTo("card.required");
    }

    @Test
    void masksItselfInToString() {
        BankCardNumber card = new BankCardNumber("6222600260001072444");

        assertThat(card.toString()).isEqualTo("***************2444");
        assertThat(card.masked()).isEqualTo(card.toString());
    }
}
