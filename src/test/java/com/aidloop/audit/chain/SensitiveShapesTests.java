package com.aidloop.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveShapesTests {

    @Test
    void masksAnIdNumberKeepingFirstSixAndLastFour() {
        assertThat(SensitiveShapes.mask("学生 43062620080101238X 信息")).isEqualTo("学生 430626********238X 信息");
    }

    @Test
    void masksACardNumberKeepingTheLastFour() {
        assertThat(SensitiveShapes.mask("资助卡 6217002870012345678")).isEqualTo("资助卡 ***************5678");
    }

    @Test
    void masksAMobileNumber() {
        assertThat(SensitiveShapes.mask("电话13812345678，")).isEqualTo("电话138****5678，");
        assertThat(SensitiveShapes.mask("+8613812345678")).isEqualTo("138****5678");
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertThat(SensitiveShapes.mask("编号 12345，区划 430626100201，金额 1250.00"))
                .isEqualTo("编号 12345，区划 430626100201，金额 1250.00");
    }

    @Test
    void leavesAlreadyMaskedValuesAsTheyAre() {
        assertThat(SensitiveShapes.mask("430626********2385")).isEqualTo("430626********2385");
    }
}
