package com.aidloop.registry.importing;

import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a student-registration file through the spreadsheet module, which refuses hostile and
 * broken files: finds the header among the first rows (the system's export puts a title line
 * above it), maps each column by any of its names, and gives the data rows in file order.
 */
public final class RegistrationFileReader {

    private static final long MB = 1024L * 1024;

    /** A province's list is a few hundred thousand students; a county's export fits well inside. */
    public static final ReadLimits LIMITS = ReadLimits.DEFAULT
            .withMaxFileBytes(200 * MB)
            .withMaxRows(300_000)
            .withMaxColumns(200)
            .withMaxCellChars(2_000)
            .withMaxUncompressedBytes(2048 * MB);

    /** The rows read, the columns the file has, and the header texts that are no column of the import. */
    public record Read(List<RegistrationRow> rows, Set<RegistrationColumn> present, List<String> unknownHeaders) {}

    private RegistrationFileReader() {}

    /**
     * @throws SpreadsheetRefused for a file that is no student list: the reader's reasons, a
     *     missing required column, a column given twice under two names, or no data rows
     */
    public static Read read(Path file, String fileName) {
        try (RowSource source = SpreadsheetReader.open(file, fileName, LIMITS)) {
            Header header = source.findHeader(RegistrationColumn.expectedHeaders());
            int[] columns = columns(header);
            Set<RegistrationColumn> present = EnumSet.noneOf(RegistrationColumn.class);
            for (RegistrationColumn c : RegistrationColumn.values()) {
                if (columns[c.ordinal()] >= 0) {
                    present.add(c);
                }
            }
            List<RegistrationRow> rows = new ArrayList<>();
            for (Optional<SheetRow> next = source.next(); next.isPresent(); next = source.next()) {
                RegistrationRow row = row(next.get(), columns);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                throw new SpreadsheetRefused("registry.import.noRows");
            }
            return new Read(rows, present, header.unknown());
        }
    }

    private static int[] columns(Header header) {
        RegistrationColumn[] all = RegistrationColumn.values();
        int[] columns = new int[all.length];
        List<String> missing = new ArrayList<>();
        for (RegistrationColumn column : all) {
            List<String> found = column.names().stream()
                    .filter(name -> header.column(name).isPresent())
                    .toList();
            if (found.size() > 1) {
                throw new SpreadsheetRefused("registry.import.columnTwice", String.join("”“", found), column.header());
            }
            columns[column.ordinal()] =
                    found.isEmpty() ? -1 : header.column(found.getFirst()).getAsInt();
            if (found.isEmpty() && column.required()) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new SpreadsheetRefused("registry.import.missingColumns", String.join("、", missing));
        }
        return columns;
    }

    private static RegistrationRow row(SheetRow sheetRow, int[] columns) {
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cells[i] = columns[i] < 0 ? "" : sheetRow.cell(columns[i]);
        }
        return new RegistrationRow(sheetRow.rowNumber(), cells);
    }
}
