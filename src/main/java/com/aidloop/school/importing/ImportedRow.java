package com.aidloop.school.importing;

import com.aidloop.shared.Text;
import java.util.Arrays;

/**
 * One data row of an uploaded school file: its row number as the spreadsheet shows it and its
 * cells in {@link SchoolColumn} order ("" for a column the file does not have).
 */
public record ImportedRow(int rowNumber, String[] cells) {

    public ImportedRow {
        if (cells.length != SchoolColumn.values().length) {
            throw new IllegalArgumentException("a school row has " + SchoolColumn.values().length + " cells");
        }
        cells = cells.clone();
    }

    public String get(SchoolColumn column) {
        String cell = cells[column.ordinal()];
        return cell == null ? "" : cell;
    }

    /** The cell with spaces and full-width characters normalised; "" when blank. */
    public String text(SchoolColumn column) {
        return Text.normalize(get(column));
    }

    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }

    @Override
    public String[] cells() {
        return cells.clone();
    }

    /** Row contents hold a phone number: never printed whole. */
    @Override
    public String toString() {
        return "ImportedRow[" + rowNumber + "]";
    }
}
