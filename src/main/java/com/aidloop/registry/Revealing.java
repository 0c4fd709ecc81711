package com.aidloop.registry;

import com.aidloop.registry.RevealedStudent.RevealedMember;
import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.Student;
import java.util.ArrayList;
import java.util.List;

/** Builds the full-value view of a student for an audited reveal, and names what it shows. */
final class Revealing {

    private Revealing() {}

    static RevealedStudent of(Student student) {
        var f = student.facts();
        List<RevealedMember> members =
                student.household().stream().map(Revealing::member).toList();
        return new RevealedStudent(
                student.id(),
                f.name(),
                f.document().type(),
                f.document().normalized(),
                f.studentNumber() == null ? null : f.studentNumber().value(),
                student.aidCard() == null ? null : student.aidCard().number().value(),
                members);
    }

    private static RevealedMember member(HouseholdMember m) {
        return new RevealedMember(
                m.id(),
                m.name(),
                m.document() == null ? null : m.document().type(),
                m.document() == null ? null : m.document().normalized(),
                m.phone() == null ? null : m.phone().value(),
                m.annualIncome() == null ? null : m.annualIncome().toString(),
                m.health() == null ? null : m.health().value());
    }

    /** The names of the fields that carry a value, for the audit record. */
    static List<String> fieldsShown(RevealedStudent s) {
        List<String> fields = new ArrayList<>(List.of("证件号码"));
        if (s.studentNumber() != null) {
            fields.add("学籍号");
        }
        if (s.aidCardNumber() != null) {
            fields.add("资助卡号");
        }
        if (s.household().stream().anyMatch(m -> m.idNumber() != null)) {
            fields.add("家庭成员证件号码");
        }
        if (s.household().stream().anyMatch(m -> m.phone() != null)) {
            fields.add("联系电话");
        }
        if (s.household().stream().anyMatch(m -> m.annualIncome() != null)) {
            fields.add("年收入");
        }
        if (s.household().stream().anyMatch(m -> m.health() != null)) {
            fields.add("健康状况");
        }
        return fields;
    }
}
