package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13800138000",
                "138 0013 8000",
                "138-0013-8000",
                "+86 138 0013 8000",
                "008613800138000",
                "8613800138000",
                "１３８００１３８０００"
            })
    void acceptsAMobileAsPeopleWriteIt(String typed) {
        assertThat(new PhoneNumber(typed).value()).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19912345678", "14512345678", "16612345678"})
    void acceptsEveryMobilePrefixFrom13To19(String phone) {
        assertThat(new PhoneNumber(phone).value()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "0731-84561234", "1380013800a", ""})
    void rejectsWhatIsNotAMainlandMobile(String typed) {
        InvalidValue rejected = Rejection.of(() -> new PhoneNumber(typed));

        assertThat(rejected.code()).isEqualTo("phone.format");
        assertThat(rejected.getLocalizedMessage()).isEqualTo("手机号码格式不对，应为以1开头的11位数字");
    }

    @Test
    void masksItselfInToString() {
        PhoneNumber phone = new PhoneNumber("13812341234");

        assertThat(phone.toString()).isEqualTo("138****1234");
        assertThat(phone.masked()).isEqualTo("138****1234");
    }
}
