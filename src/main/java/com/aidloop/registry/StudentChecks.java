package com.aidloop.registry;

import com.aidloop.registry.domain.StudentParser;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.List;

/**
 * The registry's rules for a new student, applied without looking anything up or writing: for
 * imports, which report every row's problems before anything is written. Whether the divisions
 * exist and whether the ID number is taken are left to {@link RegistryManagement}.
 */
public final class StudentChecks {

    private StudentChecks() {}

    /** Every problem the registry would find with this student; empty when it could be registered. */
    public static List<FieldProblem> problemsOf(StudentInput input) {
        try {
            StudentParser.parse(input);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }
}
