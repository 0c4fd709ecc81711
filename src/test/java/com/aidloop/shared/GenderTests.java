package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTests {

    @Test
    void readsTheChineseLabelAndTheName() {
        assertThat(Gender.fromLabel("男")).isEqualTo(Gender.MALE);
        assertThat(Gender.fromLabel(" 女 ")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.fromLabel("female")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.MALE.label()).isEqualTo("男");
    }

    @Test
    void rejectsAnUnknownGenderQuotingIt() {
        InvalidValue rejected = Rejection.of(() -> Gender.fromLabel("未知"));

        assertThat(rejected.code()).isEqualTo("gender.unknown");
        assertThat(rejected.getLocalizedMessage()).isEqualTo("性别“未知”无法识别，请填写“男”或“女”");
    }
}
