package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/**
 * Collects the cells of one row as a parser finds them, refusing a cell that is too long or a
 * non-blank cell beyond the column limit. Reused from row to row.
 */
public final class RowCells {

    private final ReadLimits limits;
    private final String[] cells;
    private int rowNumber;
    private int width;
    private boolean blank = true;

    public RowCells(ReadLimits limits) {
        this.limits = limits;
        this.cells = new String[limits.maxColumns()];
    }

    public void start(int rowNumber) {
        Arrays.fill(cells, 0, width, null);
        this.rowNumber = rowNumber;
        this.width = 0;
        this.blank = true;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** Puts a cell's text at a 0-based column; blank cells beyond the column limit are ignored. */
    public void put(int column, String text) {
        if (text == null || text.isEmpty() || column < 0) {
            return;
        }
        checkLength(column, text.length());
        boolean blankText = text.isBlank();
        if (column >= cells.length) {
            if (blankText) {
                return;
            }
            throw new SpreadsheetRefused(
                    "spreadsheet.tooManyColumns",
                    rowNumber,
                    CellReference.convertNumToColString(column),
                    limits.maxColumns());
        }
        cells[column] = text;
        width = Math.max(width, column + 1);
        blank &= blankText;
    }

    /** Refuses a cell longer than the limit; parsers call it while text is still arriving. */
    public void checkLength(int column, int length) {
        if (length > limits.maxCellChars()) {
            throw new SpreadsheetRefused(
                    "spreadsheet.cellTooLong",
                    rowNumber,
                    CellReference.convertNumToColString(Math.max(column, 0)),
                    limits.maxCellChars());
        }
    }

    public boolean isBlank() {
        return blank;
    }

    /** The row so far, with cells up to the last non-empty one, or null when it is blank. */
    public SheetRow finish() {
        if (blank) {
            return null;
        }
        int last = width;
        while (last > 0 && (cells[last - 1] == null || cells[last - 1].isBlank())) {
            last--;
        }
        String[] out = new String[last];
        for (int i = 0; i < last; i++) {
            out[i] = cells[i] == null ? "" : cells[i];
        }
        return new SheetRow(rowNumber, Arrays.asList(out));
    }
}
