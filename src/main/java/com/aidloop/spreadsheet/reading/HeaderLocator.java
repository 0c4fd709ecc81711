package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/** Picks the header row among the first rows: the one that holds most of the expected headers. */
final class HeaderLocator {

    private static final int MERGES_NAMED = 5;

    private HeaderLocator() {}

    static Header locate(List<SheetRow> firstRows, Set<String> expectedHeaders, int searchedRows) {
        if (expectedHeaders.isEmpty()) {
            throw new IllegalArgumentException("expected headers must not be empty");
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String expected : expectedHeaders) {
            wanted.putIfAbsent(Header.normalize(expected), expected);
        }
        SheetRow best = null;
        int bestScore = 0;
        for (SheetRow row : firstRows) {
            int score = score(row, wanted);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        if (best == null) {
            if (firstRows.isEmpty()) {
                throw new SpreadsheetRefused("spreadsheet.empty");
            }
            String examples = expectedHeaders.stream().limit(3).collect(Collectors.joining("”“"));
            throw new SpreadsheetRefused("spreadsheet.headerNotFound", searchedRows, examples);
        }
        return columnsOf(best, wanted);
    }

    private static int score(SheetRow row, Map<String, String> wanted) {
        Set<String> found = new HashSet<>();
        for (String cell : row.cells()) {
            String name = Header.normalize(cell);
            if (wanted.containsKey(name)) {
                found.add(name);
            }
        }
        return found.size();
    }

    private static Header columnsOf(SheetRow row, Map<String, String> wanted) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String text = row.cell(column);
            String name = Header.normalize(text);
            String expected = wanted.get(name);
            if (expected == null) {
                if (!name.isEmpty()) {
                    unknown.add(text.strip());
                }
                continue;
            }
            Integer earlier = columns.putIfAbsent(expected, column);
            if (earlier != null) {
                throw new SpreadsheetRefused(
                        "spreadsheet.headerDuplicate",
                        expected,
                        CellReference.convertNumToColString(earlier) + "列、"
                                + CellReference.convertNumToColString(column) + "列");
            }
        }
        Set<String> missing = new LinkedHashSet<>(wanted.values());
        missing.removeAll(columns.keySet());
        return new Header(row.rowNumber(), columns, missing, unknown);
    }

    static void refuseMergedCells(int headerRow, List<CellRange> merged) {
        List<String> refs = merged.stream()
                .filter(range -> range.coversRow(headerRow))
                .map(CellRange::ref)
                .toList();
        if (!refs.isEmpty()) {
            String named = String.join("、", refs.subList(0, Math.min(MERGES_NAMED, refs.size())))
                    + (refs.size() > MERGES_NAMED ? "等" + refs.size() + "处" : "");
            throw new SpreadsheetRefused("spreadsheet.headerMerged", headerRow, named);
        }
    }
}
