package com.aidloop.registry.importing;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.registry.importing.FileStudent.FileMember;

/**
 * A row of the file as the import read it, written out field by field as one string, for its
 * digest: everything that decides what importing the row does to a registered student (the
 * student's values, members 1 and 2 with their slots and 是否监护人 cells, the school's township;
 * the registration list has no card, and the student's household is made of those two members),
 * and the student's version the row is recognised at. Kept beside the student as a keyed digest
 * ({@code registry_student.import_digest}), it lets the next import of the same row at the same
 * version skip opening and comparing the student: importing a row is idempotent, so a row that
 * produced (or was found to match) this version of the student would change nothing again.
 */
final class RowDigest {

    private static final char FIELD = '\u001f';
    private static final char NULL = '\u0000';

    private RowDigest() {}

    static String canonical(FileStudent file, int version) {
        StudentInput in = file.input();
        StringBuilder out = new StringBuilder(256).append(version);
        add(out, file.schoolTownship());
        add(out, in.name());
        add(out, in.gender());
        add(out, in.idType());
        add(out, in.idNumber());
        add(out, in.studentNumber());
        add(out, in.schoolId());
        add(out, in.grade());
        add(out, in.className());
        add(out, in.householdTownship());
        add(out, in.householdVillage());
        add(out, in.residence());
        add(out, file.members().size());
        for (FileMember m : file.members()) {
            add(out, m.slot());
            add(out, m.guardian());
            member(out, m.input());
        }
        return out.toString();
    }

    private static void member(StringBuilder out, MemberInput m) {
        add(out, m.id());
        add(out, m.name());
        add(out, m.relation());
        add(out, m.guardian());
        add(out, m.idType());
        add(out, m.idNumber());
        add(out, m.phone());
        add(out, m.employer());
        add(out, m.annualIncome());
        add(out, m.health());
    }

    private static void add(StringBuilder out, Object value) {
        out.append(FIELD);
        if (value == null) {
            out.append(NULL);
        } else {
            out.append(value);
        }
    }
}
