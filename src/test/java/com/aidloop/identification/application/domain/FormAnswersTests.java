package com.aidloop.identification.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.ReferenceModels;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The form answers the models' indicators it can answer itself; the rest the family chose. */
class FormAnswersTests {

    static final LocalDate DAY = LocalDate.of(2026, 9, 20);

    @Test
    void theDibaoModelReadsPerCapitaIncomeIllnessAndDisasterFromTheForm() {
        Answers answers = FormAnswers.of(
                ApplicationStateMachineTests.form(),
                ReferenceModels.dibaoMultiples().rules(),
                DAY);

        assertThat(answers.answer("INCOME_MULTIPLE")).isEqualTo("6000.00");
        assertThat(answers.answer("MAJOR_ILLNESS")).isEqualTo("是");
        assertThat(answers.answer("DISASTER")).isEqualTo("是");
        assertThat(answers.directGroups()).containsExactly("DIBAO");
    }

    @Test
    void theJiangsuTableReadsSiblingsFromTheFormAndTheFamilysChoices() {
        Answers answers = FormAnswers.of(
                ApplicationStateMachineTests.form(),
                ReferenceModels.jiangsu2020().rules(),
                DAY);

        assertThat(answers.answer("SIBLINGS_COMPULSORY")).isEqualTo("有1个兄弟姐妹在读义务教育学段");
        assertThat(answers.answer("SIBLINGS_NON_COMPULSORY")).isEqualTo("有1个兄弟姐妹在读非义务教育学段");
        assertThat(answers.answer("HOME_REGION")).isEqualTo("苏北地区、西部省份");
        assertThat(answers.values()).doesNotContainKey("INCOME_MULTIPLE");
        assertThat(answers.directGroups()).containsExactly("DIBAO");
    }

    @Test
    void anEmergencyMoreThanAYearAgoDoesNotCount() {
        Answers answers = FormAnswers.of(
                ApplicationStateMachineTests.form(),
                ReferenceModels.dibaoMultiples().rules(),
                DAY.plusYears(1));

        assertThat(answers.answer("DISASTER")).isEqualTo("否");
    }
}
