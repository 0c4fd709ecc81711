package com.aidloop.registry.importing;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.domain.Student;
import com.aidloop.shared.ImportProblem;
import java.util.List;

/**
 * A row after the registry was asked: its problems and what importing it does — register a new
 * student ({@code input}), revise a registered one ({@code student}, already revised in memory,
 * with its changes), or nothing. A registered student recognised unchanged by its import digest is
 * not loaded: {@code student} is null and {@code registered} says who it is.
 *
 * @param previousSchoolId the school the student was registered at, when the file names another (转学)
 * @param registered the registered student the row is (its school after the import), or null
 * @param importDigest the digest of the row to keep beside the student when the import commits
 *     (at the version the student will have), or null when the stored one is already right
 */
record CheckedStudent(
        int rowNumber,
        Outcome outcome,
        StudentInput input,
        Student student,
        String schoolTownship,
        List<FieldChange> changes,
        Long previousSchoolId,
        List<ImportProblem> problems,
        Registered registered,
        String importDigest) {

    /** A registered student: its id, and its school after the import. */
    record Registered(long id, long schoolId) {}

    enum Outcome {
        ERROR,
        CREATE,
        UPDATE,
        UNCHANGED
    }

    CheckedStudent {
        changes = changes == null ? List.of() : List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    static CheckedStudent error(int row, List<ImportProblem> problems) {
        return new CheckedStudent(row, Outcome.ERROR, null, null, null, null, null, problems, null, null);
    }

    boolean transferred() {
        return previousSchoolId != null;
    }

    @Override
    public String toString() {
        return "CheckedStudent[" + rowNumber + " " + outcome + "]";
    }
}
