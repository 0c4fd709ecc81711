package com.aidloop.spreadsheet;

import com.aidloop.spreadsheet.reading.CsvRows;
import com.aidloop.spreadsheet.reading.FileSniffer;
import com.aidloop.spreadsheet.reading.XlsRows;
import com.aidloop.spreadsheet.reading.XlsxRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an uploaded roster file for reading, whatever its name says: .xlsx, .xls and .csv are told
 * apart by their first bytes. Everything else, and anything broken, hostile or over the limits,
 * is refused with a {@link SpreadsheetRefused} that says why in Chinese.
 */
public final class SpreadsheetReader {

    private SpreadsheetReader() {}

    /** Opens with temporary files (if any are needed) in the system's temporary folder. */
    public static RowSource open(Path file, String originalFilename, ReadLimits limits) {
        return open(file, originalFilename, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Opens the sheet chosen (a CSV file's only sheet, whatever is chosen). */
    public static RowSource open(Path file, String originalFilename, ReadLimits limits, SheetChoice choice) {
        return open(file, originalFilename, limits, Path.of(System.getProperty("java.io.tmpdir")), choice);
    }

    /**
     * @param file the uploaded bytes, saved where the caller keeps uploads
     * @param originalFilename the name the person's computer gave it, for messages only
     * @param temporaryDirectory where the reader may keep temporary files until the source is
     *     closed (the shared strings of a large .xlsx)
     */
    public static RowSource open(Path file, String originalFilename, ReadLimits limits, Path temporaryDirectory) {
        return open(file, originalFilename, limits, temporaryDirectory, SheetChoice.FIRST);
    }

    /** As {@link #open(Path, String, ReadLimits, Path)}, reading the sheet chosen. */
    public static RowSource open(
            Path file, String originalFilename, ReadLimits limits, Path temporaryDirectory, SheetChoice choice) {
        String name = originalFilename == null || originalFilename.isBlank()
                ? file.getFileName().toString()
                : originalFilename;
        SpreadsheetFormat format;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new SpreadsheetRefused("spreadsheet.empty");
            }
            if (size > limits.maxFileBytes()) {
                throw new SpreadsheetRefused(
                        "spreadsheet.fileTooLarge", name, megabytes(size), megabytes(limits.maxFileBytes()));
            }
            format = FileSniffer.detect(file, name);
        } catch (IOException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", name).withCause(e);
        }
        return switch (format) {
            case XLSX -> XlsxRows.open(file, name, limits, temporaryDirectory, choice);
            case XLS -> XlsRows.open(file, name, limits, choice);
            case CSV -> CsvRows.open(file, name, limits);
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
