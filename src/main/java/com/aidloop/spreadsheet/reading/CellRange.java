package com.aidloop.spreadsheet.reading;

import org.apache.poi.ss.util.CellReference;

/** A rectangle of merged cells: rows 1-based as shown, columns 0-based. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses an A1-style range such as "A3:B4" or a single cell "C2"; null when malformed. */
    public static CellRange parse(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String[] ends = ref.strip().split(":", 2);
        try {
            CellReference first = new CellReference(ends[0]);
            CellReference last = ends.length == 2 ? new CellReference(ends[1]) : first;
            return new CellRange(first.getRow() + 1, last.getRow() + 1, first.getCol(), last.getCol());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    public boolean coversRow(int rowNumber) {
        return firstRow <= rowNumber && rowNumber <= lastRow;
    }

    /** "A3:B4" as Excel writes it. */
    public String ref() {
        return CellReference.convertNumToColString(firstColumn) + firstRow + ":"
                + CellReference.convertNumToColString(lastColumn) + lastRow;
    }
}
