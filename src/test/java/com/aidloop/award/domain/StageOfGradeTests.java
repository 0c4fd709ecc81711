package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageOfGradeTests {

    @Test
    void aSchoolOfOneStageDecidesForAnyGradeOfThatStage() {
        assertThat(StageOfGrade.of(Set.of(Stage.PRIMARY), "三年级")).isEqualTo(Stage.PRIMARY);
        assertThat(StageOfGrade.of(Set.of(Stage.SENIOR_HIGH), "高二")).isEqualTo(Stage.SENIOR_HIGH);
        assertThat(StageOfGrade.of(Set.of(Stage.PRESCHOOL), "大班")).isEqualTo(Stage.PRESCHOOL);
    }

    @Test
    void aVocationalSchoolMayNumberItsYearsLikeAnyOther() {
        assertThat(StageOfGrade.of(Set.of(Stage.VOCATIONAL), "一年级")).isEqualTo(Stage.VOCATIONAL);
        assertThat(StageOfGrade.of(Set.of(Stage.VOCATIONAL), "中职二年级")).isEqualTo(Stage.VOCATIONAL);
    }

    @Test
    void theGradeTellsTheStagesOfANineYearSchoolApart() {
        Set<Stage> nineYear = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(StageOfGrade.of(nineYear, "六年级")).isEqualTo(Stage.PRIMARY);
        assertThat(StageOfGrade.of(nineYear, "七年级")).isEqualTo(Stage.JUNIOR_SECONDARY);
        assertThat(StageOfGrade.of(nineYear, "初三")).isEqualTo(Stage.JUNIOR_SECONDARY);
        assertThatThrownBy(() -> StageOfGrade.of(nineYear, "毕业班"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("award.grade.stageUnclear"));
    }

    @Test
    void refusesAGradeOfAStageTheSchoolDoesNotTeach() {
        assertThatThrownBy(() -> StageOfGrade.of(Set.of(Stage.PRIMARY), "高一"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("award.grade.stageMismatch"));
        assertThatThrownBy(() -> StageOfGrade.of(Set.of(Stage.SENIOR_HIGH), "七年级"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("award.grade.stageMismatch"));
    }
}
