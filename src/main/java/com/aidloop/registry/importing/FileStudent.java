package com.aidloop.registry.importing;

import com.aidloop.registry.StudentInput;
import com.aidloop.shared.ImportProblem;
import java.util.List;

/**
 * A row of the file read as a student, before the registry is asked: the student as the file has
 * it (members without ids), the school's township, and the problems the row has on its own.
 *
 * @param members members 1 and 2 of the file in order, each with its guardian cell (null when blank)
 * @param input null when the row cannot be read as a student
 */
record FileStudent(
        int rowNumber,
        StudentInput input,
        String schoolTownship,
        List<FileMember> members,
        List<ImportProblem> problems) {

    /** Member {@code slot} (1 or 2) of the file, and whether its 是否监护人 cell said so. */
    record FileMember(int slot, StudentInput.MemberInput input, Boolean guardian) {}

    FileStudent {
        members = List.copyOf(members);
        problems = List.copyOf(problems);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::error);
    }

    @Override
    public String toString() {
        return "FileStudent[" + rowNumber + "]";
    }
}
