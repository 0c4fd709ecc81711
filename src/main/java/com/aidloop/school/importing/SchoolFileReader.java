package com.aidloop.school.importing;

import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an uploaded school file through the spreadsheet module, which refuses hostile and broken
 * files (zip bombs, DTDs and external entities, renamed programs, encrypted workbooks, sheets over
 * the limits): finds the header among the first rows, maps each column by any of its names, and
 * gives the data rows in file order. Formulas are never evaluated: a cell reads as the value it
 * shows.
 */
public final class SchoolFileReader {

    private static final long MB = 1024L * 1024;

    /** A county registers a few hundred schools; ten thousand rows or 10 MB is no school list. */
    public static final ReadLimits LIMITS = ReadLimits.DEFAULT
            .withMaxFileBytes(10 * MB)
            .withMaxRows(10_000)
            .withMaxColumns(60)
            .withMaxCellChars(2_000)
            .withMaxUncompressedBytes(200 * MB);

    /** The rows read and what the header row gave to say (columns read past). */
    public record Read(List<ImportedRow> rows, List<RowProblem> warnings) {}

    private SchoolFileReader() {}

    /**
     * @throws SpreadsheetRefused for a file that is no school list: the reader's reasons, a missing
     *     required column, a column given twice under two names, or no data rows
     */
    public static Read read(Path file, String fileName) {
        try (RowSource source = SpreadsheetReader.open(file, fileName, LIMITS)) {
            Header header = source.findHeader(SchoolColumn.expectedHeaders());
            int[] columns = columns(header);
            List<RowProblem> warnings = new ArrayList<>();
            for (String unknown : header.unknown()) {
                warnings.add(RowProblem.warning(0, null, "school.import.unknownColumn", unknown));
            }
            List<ImportedRow> rows = new ArrayList<>();
            for (Optional<SheetRow> next = source.next(); next.isPresent(); next = source.next()) {
                ImportedRow row = row(next.get(), columns);
                if (isExample(row)) {
                    warnings.add(RowProblem.warning(row.rowNumber(), SchoolColumn.CODE, "school.import.exampleRow"));
                } else if (!row.isBlank()) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                throw new SpreadsheetRefused("school.import.noRows");
            }
            return new Read(rows, warnings);
        }
    }

    private static int[] columns(Header header) {
        SchoolColumn[] all = SchoolColumn.values();
        int[] columns = new int[all.length];
        List<String> missing = new ArrayList<>();
        for (SchoolColumn column : all) {
            List<String> found = column.names().stream()
                    .filter(name -> header.column(name).isPresent())
                    .toList();
            if (found.size() > 1) {
                throw new SpreadsheetRefused("school.import.columnTwice", String.join("”“", found), column.header());
            }
            columns[column.ordinal()] =
                    found.isEmpty() ? -1 : header.column(found.getFirst()).getAsInt();
            if (found.isEmpty() && column.required()) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new SpreadsheetRefused("school.import.missingColumns", String.join("、", missing));
        }
        return columns;
    }

    /** The template's example row, whose code starts with 例： (例: once normalised). */
    private static boolean isExample(ImportedRow row) {
        return row.text(SchoolColumn.CODE).startsWith("例:");
    }

    private static ImportedRow row(SheetRow sheetRow, int[] columns) {
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cells[i] = columns[i] < 0 ? "" : sheetRow.cell(columns[i]);
        }
        return new ImportedRow(sheetRow.rowNumber(), cells);
    }
}
