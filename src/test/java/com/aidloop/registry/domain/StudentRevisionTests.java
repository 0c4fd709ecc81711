package com.aidloop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.registry.People;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentRevisionTests {

    private static Student stored(StudentInput input) {
        var parsed = StudentParser.parse(input);
        List<HouseholdMember> members = new java.util.ArrayList<>();
        for (int i = 0; i < parsed.household().size(); i++) {
            members.add(parsed.household().get(i).withId(100 + i));
        }
        return Student.restore(1, 0, parsed.facts(), members, parsed.aidCard());
    }

    private static String line(FieldChange c) {
        return c.field() + ":" + c.oldValue() + "→" + c.newValue();
    }

    @Test
    void recordsAChangedIdNumberMaskedOnBothSides() {
        String oldId = People.childId(true);
        String newId = People.childId(true);
        Student student = stored(People.pupil("李明", 7L, oldId, People.TOWNSHIP, People.VILLAGE));
        var revised = StudentParser.parse(People.pupil("李明", 7L, newId, People.TOWNSHIP, People.VILLAGE), student);

        List<FieldChange> changes = student.revise(revised.facts(), student.household(), student.aidCard());

        assertThat(changes)
                .extracting(StudentRevisionTests::line)
                .containsExactly("证件号码:" + oldId.substring(0, 6) + "********" + oldId.substring(14) + "→"
                        + newId.substring(0, 6) + "********" + newId.substring(14));
        assertThat(changes.toString()).doesNotContain(oldId).doesNotContain(newId);
    }

    @Test
    void recordsThatAnIncomeChangedWithoutItsAmount() {
        StudentInput input = People.pupil("李明", 7L);
        Student student = stored(input);
        MemberInput father = input.household().get(0);
        MemberInput richer = new MemberInput(
                100L, father.name(), father.relation(), true, null, "", "", father.employer(), "48000", "");
        var revised = StudentParser.parse(People.withoutHousehold(input), student);

        List<FieldChange> changes = student.revise(
                revised.facts(),
                StudentParser.parse(withHousehold(input, List.of(richer)), student)
                        .household(),
                student.aidCard());

        assertThat(changes)
                .extracting(StudentRevisionTests::line)
                .containsExactly(
                        "家庭成员（李建国）年收入:******→******",
                        "家庭成员:母亲 王秀英 " + input.household().get(1).idNumber().substring(0, 6) + "********"
                                + input.household().get(1).idNumber().substring(14) + "→null");
        assertThat(changes.toString()).doesNotContain("48000").doesNotContain("36000");
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        StudentInput input = People.pupil("李明", 7L);
        Student student = stored(input);
        var same = StudentParser.parse(input, student);

        // the input has no member ids: members are replaced by equal new ones, reported as removed and added
        assertThat(student.revise(same.facts(), student.household(), same.aidCard()))
                .isEmpty();
    }

    @Test
    void personalDataIsMaskedWhenPrinted() {
        StudentInput input = People.pupil("李明", 7L);
        Student student = stored(input);
        RevealedStudent revealed = new RevealedStudent(
                1, "李明", null, input.idNumber(), null, input.aidCard().cardNumber(), List.of());

        for (Object printed :
                List.of(input, student, student.facts(), student.household(), student.aidCard(), revealed)) {
            assertThat(printed.toString())
                    .doesNotContain(input.idNumber())
                    .doesNotContain(input.aidCard().cardNumber())
                    .doesNotContain(input.household().get(0).idNumber())
                    .doesNotContain(input.household().get(0).phone())
                    .doesNotContain("36000");
        }
    }

    private static StudentInput withHousehold(StudentInput s, List<MemberInput> household) {
        return new StudentInput(
                s.name(),
                s.gender(),
                s.idType(),
                s.idNumber(),
                s.studentNumber(),
                s.schoolId(),
                s.grade(),
                s.className(),
                s.householdTownship(),
                s.householdVillage(),
                s.residence(),
                household,
                s.aidCard());
    }
}
