package com.aidloop.spreadsheet;

/**
 * How much the reader accepts from one uploaded file before it refuses it. The defaults fit a
 * county's roster of up to a million students; {@code docs/spreadsheets.md} explains each one.
 *
 * @param maxFileBytes size of the uploaded file
 * @param maxRows non-blank rows below the header (all non-blank rows when no header is looked for)
 * @param maxColumns columns that hold anything
 * @param maxCellChars characters in one cell (Excel's own limit is 32,767)
 * @param maxUncompressedBytes bytes inflated from an .xlsx archive, all entries together
 * @param maxInflateRatio how many times larger than its compressed size an .xlsx entry may grow
 * @param headerSearchRows how many non-blank rows at the top may hold title lines and the header
 */
public record ReadLimits(
        long maxFileBytes,
        int maxRows,
        int maxColumns,
        int maxCellChars,
        long maxUncompressedBytes,
        int maxInflateRatio,
        int headerSearchRows) {

    private static final long MB = 1024L * 1024;

    /** 200 MB, 1,000,000 rows, 200 columns, 32,767 characters, 4 GB inflated, ratio 100, 20 rows. */
    public static final ReadLimits DEFAULT = new ReadLimits(200 * MB, 1_000_000, 200, 32_767, 4096 * MB, 100, 20);

    public ReadLimits {
        if (maxFileBytes <= 0
                || maxRows <= 0
                || maxColumns <= 0
                || maxCellChars <= 0
                || maxUncompressedBytes <= 0
                || maxInflateRatio <= 0
                || headerSearchRows <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(
                bytes, maxRows, maxColumns, maxCellChars, maxUncompressedBytes, maxInflateRatio, headerSearchRows);
    }

    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(
                maxFileBytes, rows, maxColumns, maxCellChars, maxUncompressedBytes, maxInflateRatio, headerSearchRows);
    }

    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(
                maxFileBytes, maxRows, columns, maxCellChars, maxUncompressedBytes, maxInflateRatio, headerSearchRows);
    }

    public ReadLimits withMaxCellChars(int chars) {
        return new ReadLimits(
                maxFileBytes, maxRows, maxColumns, chars, maxUncompressedBytes, maxInflateRatio, headerSearchRows);
    }

    public ReadLimits withMaxUncompressedBytes(long bytes) {
        return new ReadLimits(
                maxFileBytes, maxRows, maxColumns, maxCellChars, bytes, maxInflateRatio, headerSearchRows);
    }

    public ReadLimits withMaxInflateRatio(int ratio) {
        return new ReadLimits(
                maxFileBytes, maxRows, maxColumns, maxCellChars, maxUncompressedBytes, ratio, headerSearchRows);
    }

    public ReadLimits withHeaderSearchRows(int rows) {
        return new ReadLimits(
                maxFileBytes, maxRows, maxColumns, maxCellChars, maxUncompressedBytes, maxInflateRatio, rows);
    }
}
