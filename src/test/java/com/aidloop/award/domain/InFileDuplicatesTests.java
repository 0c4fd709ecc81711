package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import org.junit.jupiter.api.Test;

class InFileDuplicatesTests {

    private final InFileDuplicates duplicates = new InFileDuplicates();

    @Test
    void refusesTheSecondRowOfTheSameStudentAndProgrammeNamingTheFirst() {
        Rosters.Line line = Rosters.pupil("李明");
        CheckedRow first = RowFixtures.checked(2, line);
        CheckedRow second = RowFixtures.checked(9, line.copy());

        assertThat(duplicates.check(first)).isTrue();
        assertThat(duplicates.check(second)).isFalse();

        assertThat(first.problems()).isEmpty();
        assertThat(second.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(RosterColumn.ID_NUMBER);
            assertThat(p.code()).isEqualTo("award.duplicateInFile");
            assertThat(p.args()[0]).isEqualTo(2);
        });
    }

    @Test
    void allowsTheSameStudentForAnotherProgrammeButNotUnderAnotherName() {
        Rosters.Line high = Rosters.pupil("李明")
                .set(RosterColumn.SCHOOL_CODE, Rosters.FIRST_HIGH_SCHOOL)
                .set(RosterColumn.SCHOOL_NAME, "")
                .set(RosterColumn.GRADE, "高一")
                .set(RosterColumn.PROGRAMME, "普通高中国家助学金")
                .set(RosterColumn.TIER, "二档")
                .set(RosterColumn.AMOUNT, "1150");
        CheckedRow grant = RowFixtures.checked(2, high);
        CheckedRow relief = RowFixtures.checked(
                3,
                high.copy()
                        .set(RosterColumn.PROGRAMME, "临时救助")
                        .set(RosterColumn.TIER, "")
                        .set(RosterColumn.AMOUNT, "800"));
        CheckedRow renamed = RowFixtures.checked(
                4, high.copy().set(RosterColumn.STUDENT_NAME, "李敏").set(RosterColumn.PROGRAMME, "中职国家助学金"));

        duplicates.check(grant);
        duplicates.check(relief);
        duplicates.check(renamed);

        assertThat(grant.problems()).isEmpty();
        assertThat(relief.problems()).isEmpty();
        assertThat(renamed.problems()).extracting(RowProblem::code).contains("award.student.nameInconsistent");
        assertThat(duplicates.students()).isEqualTo(1);
    }
}
