package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import com.aidloop.registry.KnownStudent;
import org.junit.jupiter.api.Test;

class StudentMatchPolicyTests {

    private final CheckedRow row =
            RowFixtures.checked(4, Rosters.pupil("李明").set(RosterColumn.STUDENT_NUMBER, "G" + "430624201401010012"));

    @Test
    void matchesARegisteredStudentOfTheSameName() {
        StudentMatchPolicy.apply(row, new KnownStudent(1, true, "李 明", FakeLookups.SANSHI_PRIMARY.id()), true, false);

        assertThat(row.problems()).isEmpty();
    }

    @Test
    void refusesAnIdNumberRegisteredUnderAnotherName() {
        StudentMatchPolicy.apply(row, new KnownStudent(1, true, "王芳", FakeLookups.SANSHI_PRIMARY.id()), true, false);

        assertThat(row.problems())
                .extracting(RowProblem::code)
                .containsExactly("award.student.nameDiffersFromRegistry");
    }

    @Test
    void refusesAStudentTheUploaderMayNotSeeWithoutSayingWhere() {
        StudentMatchPolicy.apply(row, new KnownStudent(1, false, null, null), true, false);

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("student.idNumber.registered");
            assertThat(p.args()).isEmpty();
        });
    }

    @Test
    void refusesARowAtAnotherSchoolOfTheScopeThatDoesNotSayTransfer() {
        StudentMatchPolicy.apply(row, new KnownStudent(1, true, "李明", FakeLookups.ANDING_PRIMARY.id()), true, false);

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("award.student.registeredAtOtherSchool");
            assertThat(p.column()).isEqualTo(RosterColumn.SCHOOL_CODE);
        });
        assertThat(row.hasErrors()).isTrue();
    }

    @Test
    void onlyWarnsWhenTheRemarkSaysTheStudentTransferred() {
        row.remark = "2026年3月转学";

        StudentMatchPolicy.apply(row, new KnownStudent(1, true, "李明", FakeLookups.ANDING_PRIMARY.id()), true, false);

        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("award.student.transferred");
        assertThat(row.hasErrors()).isFalse();
    }

    @Test
    void aNewStudentNeedsAFreeStudentNumber() {
        StudentMatchPolicy.apply(row, null, true, true);

        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("student.studentNumber.registered");
    }
}
