package com.aidloop.spreadsheet;

import com.aidloop.shared.Text;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where the header row is and which column holds each expected header.
 *
 * @param rowNumber the header's row number as the spreadsheet shows it
 * @param columns each expected header found (as the caller spelled it) → its 0-based column
 * @param missing expected headers that no column carries
 * @param unknown header texts in the row that match no expected header, as written in the file
 */
public record Header(int rowNumber, Map<String, Integer> columns, Set<String> missing, List<String> unknown) {

    public Header {
        columns = Map.copyOf(columns);
        missing = Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        unknown = List.copyOf(unknown);
    }

    public OptionalInt column(String expectedHeader) {
        Integer column = columns.get(expectedHeader);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** The row's text under an expected header; "" when the header is missing or the cell empty. */
    public String cell(SheetRow row, String expectedHeader) {
        Integer column = columns.get(expectedHeader);
        return column == null ? "" : row.cell(column);
    }

    /**
     * How headers are compared: full-width letters, digits and brackets become half-width (so
     * "资助金额（元）" equals "资助金额(元)"), every space and line break goes, and the asterisks
     * templates put on required columns ("*姓名", "姓名*") are dropped.
     */
    public static String normalize(String header) {
        String text = Text.normalize(header).replaceAll("[\\s\\u200b\\ufeff]", "");
        return text.replaceAll("^\\*+|\\*+$", "");
    }
}
