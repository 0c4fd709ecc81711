package com.aidloop.school.importing;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolFacts;
import java.util.List;

/**
 * A row after its checks: its problems and, when it has no error, the school's facts and what
 * importing it would do: open a new school, revise an existing one (with the changes, old → new)
 * or nothing, since the school already reads so.
 *
 * @param existing the school with the row's code, or null for a new school
 */
public record CheckedRow(
        ImportedRow row, List<RowProblem> problems, SchoolFacts facts, School existing, List<FieldChange> changes) {

    /** What the row comes to. */
    public enum Outcome {
        ERROR,
        CREATE,
        UPDATE,
        UNCHANGED
    }

    public CheckedRow {
        problems = List.copyOf(problems);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(RowProblem::error);
    }

    public Outcome outcome() {
        if (hasErrors() || facts == null) {
            return Outcome.ERROR;
        }
        if (existing == null) {
            return Outcome.CREATE;
        }
        return changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
    }
}
