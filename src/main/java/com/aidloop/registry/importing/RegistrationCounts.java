package com.aidloop.registry.importing;

import java.util.List;

/** What the rows of a file came to; {@code left}: registered at the file's schools but not in it. */
public record RegistrationCounts(
        int rows,
        int errorRows,
        int errors,
        int warnings,
        int created,
        int updated,
        int unchanged,
        int transferred,
        int left) {

    static final RegistrationCounts NONE = new RegistrationCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static RegistrationCounts of(List<CheckedStudent> rows, int errors, int warnings, int left) {
        int errorRows = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int transferred = 0;
        for (CheckedStudent row : rows) {
            switch (row.outcome()) {
                case ERROR -> errorRows++;
                case CREATE -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (row.outcome() == CheckedStudent.Outcome.UPDATE && row.transferred()) {
                transferred++;
            }
        }
        return new RegistrationCounts(
                rows.size(), errorRows, errors, warnings, created, updated, unchanged, transferred, left);
    }

    /** The counts of a commit refused for its errors: nothing was written. */
    RegistrationCounts nothingWritten() {
        return new RegistrationCounts(rows, errorRows, errors, warnings, 0, 0, 0, 0, left);
    }
}
