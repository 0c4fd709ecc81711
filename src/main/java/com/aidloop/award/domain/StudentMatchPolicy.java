package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NAME;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NUMBER;

import com.aidloop.registry.KnownStudent;

/**
 * A row's student against the registry: a registered student is matched by ID number and must
 * carry the registered name; one the uploader may not see is refused neutrally (the roster must
 * not reveal where a child is registered); a new student's 学籍号 must be free; the row's school
 * must be the registered one unless it says the student moved ({@link RegisteredSchoolPolicy}).
 */
public final class StudentMatchPolicy {

    private StudentMatchPolicy() {}

    /**
     * @param firstInFile whether this is the student's first row in the file: later rows were
     *     compared with the first one instead
     */
    public static void apply(CheckedRow row, KnownStudent known, boolean firstInFile, boolean studentNumberTaken) {
        if (known == null) {
            if (row.studentNumber != null && studentNumberTaken) {
                row.error(STUDENT_NUMBER, "student.studentNumber.registered");
            }
            return;
        }
        if (!known.visible()) {
            row.error(ID_NUMBER, "student.idNumber.registered");
            return;
        }
        if (!firstInFile) {
            return;
        }
        if (!sameName(known.name(), row.studentName)) {
            row.error(STUDENT_NAME, "award.student.nameDiffersFromRegistry", known.name());
        }
        RegisteredSchoolPolicy.apply(row, known);
    }

    static boolean sameName(String registered, String typed) {
        return registered != null
                && typed != null
                && registered.replace(" ", "").equals(typed.replace(" ", ""));
    }
}
