package com.aidloop.award.domain;

import com.aidloop.shared.Text;

/**
 * One data row of an uploaded roster: its row number as the spreadsheet shows it and the text of
 * each template column, normalised (full-width to half-width, stray spaces trimmed); "" for a
 * column the file does not carry. Holds personal data: never printed whole.
 */
public final class RosterRow {

    private static final RosterColumn[] COLUMNS = RosterColumn.values();

    private final int rowNumber;
    private final String[] cells;

    private RosterRow(int rowNumber, String[] cells) {
        this.rowNumber = rowNumber;
        this.cells = cells;
    }

    /** A row from raw cell texts indexed by {@link RosterColumn#ordinal()}; nulls count as empty. */
    public static RosterRow of(int rowNumber, String[] rawCells) {
        String[] cells = new String[COLUMNS.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i < rawCells.length ? Text.normalize(rawCells[i]) : "";
        }
        return new RosterRow(rowNumber, cells);
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String get(RosterColumn column) {
        return cells[column.ordinal()];
    }

    public boolean isBlank(RosterColumn column) {
        return cells[column.ordinal()].isEmpty();
    }

    /**
     * Whether nothing but the 序号 is filled in: templates often come with numbered empty rows,
     * which are not rows anyone meant to import.
     */
    public boolean isEmptyApartFromSequence() {
        for (RosterColumn column : COLUMNS) {
            if (column != RosterColumn.SEQUENCE && !cells[column.ordinal()].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RosterRow[" + rowNumber + "]";
    }
}
