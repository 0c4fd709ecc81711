package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NAME;

/**
 * Duplicates inside one file, in row order: the same student twice for the same programme (the
 * later row is the error), and the same ID number under different names. Rows must be offered in
 * file order; memory stays small for a million rows (see {@link FirstSeen}).
 */
public final class InFileDuplicates {

    private final FirstSeen students = new FirstSeen();
    private final FirstSeen awards = new FirstSeen();

    /**
     * Checks the row against the rows before it and remembers it.
     *
     * @return whether this is the first row of its student in the file (false also when the
     *     row's ID number is unusable)
     */
    public boolean check(CheckedRow row) {
        if (row.idNumber == null
                || row.idNumber.isEmpty()
                || row.problems.stream().anyMatch(p -> p.column() == ID_NUMBER && p.isError())) {
            return false;
        }
        long student = FirstSeen.hash(row.idNumber);
        int nameHash =
                row.studentName == null ? 0 : row.studentName.replace(" ", "").hashCode();
        FirstSeen.Entry earlier = students.putIfAbsent(student, row.rowNumber, nameHash);
        if (earlier != null && earlier.extra() != nameHash) {
            row.error(STUDENT_NAME, "award.student.nameInconsistent", earlier.row());
        }
        if (row.programmeCode != null) {
            FirstSeen.Entry same =
                    awards.putIfAbsent(FirstSeen.pair(student, FirstSeen.hash(row.programmeCode)), row.rowNumber, 0);
            if (same != null) {
                row.error(ID_NUMBER, "award.duplicateInFile", same.row(), row.programmeName);
            }
        }
        return earlier == null;
    }

    /** How many different students the file names so far. */
    public int students() {
        return students.size();
    }
}
