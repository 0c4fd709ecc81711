package com.aidloop.roster;

import com.aidloop.shared.Paged;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ColumnKind;
import java.util.List;

/**
 * One page of a roster as the staff page shows it: the printed title, the columns, the rows as
 * display text, and for the per-programme roster the programmes it is split into.
 *
 * @param programmes the programmes of the per-programme roster (its sections), else empty
 * @param programmeCode the programme shown, or null
 * @param withheld how many awards the public notice leaves out (special channel)
 */
public record RosterPage(
        DocumentKind kind,
        String title,
        List<Column> columns,
        Paged<List<String>> rows,
        List<ProgrammeSection> programmes,
        String programmeCode,
        long withheld) {

    public RosterPage {
        columns = List.copyOf(columns);
        programmes = List.copyOf(programmes);
    }

    /** A programme of the per-programme roster and what it holds. */
    public record ProgrammeSection(String code, String name, Figures figures) {}

    /** Whether a column holds amounts (right-aligned). */
    public boolean isMoney(int column) {
        return columns.get(column).kind() == ColumnKind.MONEY;
    }
}
