package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void masksIdNumberKeepingTheFirstSixAndTheLastFour() {
        assertThat(Masking.idNumber("430626201003152385")).isEqualTo("430626********2385");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void masksPhoneKeepingTheFirstThreeAndTheLastFour() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void masksBankCardShowingOnlyTheLastFour() {
        assertThat(Masking.bankCard("6222600260001072444")).isEqualTo("***************2444");
        assertThat(Masking.bankCard("4111111111111111")).isEqualTo("************1111");
    }

    @Test
    void masksShortValuesWhole() {
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
        assertThat(Masking.idNumber("123456789012")).isEqualTo("************");
        assertThat(Masking.phone("138123412")).isEqualTo("*********");
        assertThat(Masking.bankCard("123456")).isEqualTo("******");
    }

    @Test
    void leavesAtLeastThreeCharactersMaskedOnceLongEnough() {
        assertThat(Masking.idNumber("1234567890123")).isEqualTo("123456***0123");
        assertThat(Masking.phone("1381234123")).isEqualTo("138***4123");
        assertThat(Masking.bankCard("1234567")).isEqualTo("***4567");
    }

    @Test
    void showsNothingForMissingValues() {
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.bankCard("   ")).isEmpty();
    }

    @Test
    void hidesIncomeAndHealthValuesCompletely() {
        assertThat(Masking.hidden("3200.00")).isEqualTo("******");
        assertThat(Masking.hidden("先天性心脏病")).isEqualTo("******");
        assertThat(Masking.hidden("")).isEmpty();
        assertThat(Masking.hidden(null)).isEmpty();
    }

    @Test
    void masksEveryKindOfNumberWithinText() {
        String line = "学生 430626201003152382 家长手机13812341234，资助卡 6222600260001072444 与 4111111111111111";

        assertThat(Masking.withinText(line))
                .isEqualTo("学生 430626********2382 家长手机138****1234，资助卡 ***************2444 与 ************1111");
    }

    @Test
    void masksIdNumbersEndingInXWithinText() {
        assertThat(Masking.withinText("id=11010519491231002x;")).isEqualTo("id=110105********002x;");
    }

    @Test
    void masksNumbersGluedToLettersWithinText() {
        assertThat(Masking.withinText("ID430626201003152382,tel:13812341234"))
                .isEqualTo("ID430626********2382,tel:138****1234");
    }

    @Test
    void leavesOrdinaryNumbersInTextAlone() {
        String line = "2026-11-27T20:52:11.380+08:00 Tomcat started on port 8080 (http) in 10.144 seconds,"
                + " PID 8752, 1764276731000 ms since epoch, order 123456789012345, batch 20261127, 0x7ffe5a3c";

        assertThat(Masking.withinText(line)).isEqualTo(line);
    }

    @Test
    void leavesMobileLookalikesThatAreNotMobilesAlone() {
        assertThat(Masking.withinText("count 12812341234 and 02012345678"))
                .isEqualTo("count 12812341234 and 02012345678");
    }

    @Test
    void returnsNullAndEmptyTextUnchanged() {
        assertThat(Masking.withinText(null)).isNull();
        assertThat(Masking.withinText("")).isEmpty();
    }
}
