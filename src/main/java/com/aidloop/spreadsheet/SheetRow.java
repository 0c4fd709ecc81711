package com.aidloop.spreadsheet;

import java.util.List;

/**
 * One non-blank row of a sheet: its number as the spreadsheet shows it (1-based, counting blank
 * and title rows) and the text of its cells as a person sees them. Cells after the last non-blank
 * one are not listed; {@link #cell(int)} gives "" for them.
 */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of the cell in the given 0-based column, "" when the row has none there. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Row contents are personal data (names, ID numbers): never printed whole. */
    @Override
    public String toString() {
        return "SheetRow[" + rowNumber + ", " + cells.size() + " cells]";
    }
}
