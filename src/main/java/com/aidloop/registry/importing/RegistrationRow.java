package com.aidloop.registry.importing;

import com.aidloop.shared.Text;
import java.util.Arrays;

/**
 * One data row of a student-registration file: its row number as the spreadsheet shows it and
 * its cells in {@link RegistrationColumn} order ("" for a column the file does not have).
 */
public record RegistrationRow(int rowNumber, String[] cells) {

    public RegistrationRow {
        if (cells.length != RegistrationColumn.values().length) {
            throw new IllegalArgumentException(
                    "a registration row has " + RegistrationColumn.values().length + " cells");
        }
        cells = cells.clone();
    }

    /** The cell with spaces and full-width characters normalised; "" when blank. */
    public String text(RegistrationColumn column) {
        String cell = cells[column.ordinal()];
        return cell == null ? "" : Text.normalize(cell);
    }

    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }

    @Override
    public String[] cells() {
        return cells.clone();
    }

    /** Row contents are ID numbers and phones: never printed whole. */
    @Override
    public String toString() {
        return "RegistrationRow[" + rowNumber + "]";
    }
}
