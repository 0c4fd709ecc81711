package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.SheetAmbiguous;
import com.aidloop.spreadsheet.SheetChoice;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the sheet to read from the first rows of each visible sheet, as {@link SheetChoice}
 * says: by name, or the one sheet that looks like the list.
 */
final class SheetPicker {

    /** A visible sheet: its name and its first non-blank rows (where title lines and the header are). */
    record Preview(String name, List<SheetRow> firstRows) {}

    /** At most this many rows are looked through for the first non-blank ones of a sheet. */
    static final int MAX_ROWS_LOOKED_AT = 10_000;

    private SheetPicker() {}

    /** The index of the preview to read; refused when the choice names no sheet or is ambiguous. */
    static int pick(List<Preview> sheets, SheetChoice choice) {
        return switch (choice) {
            case SheetChoice.First first -> firstWithRows(sheets);
            case SheetChoice.Named named -> named(sheets, named.name());
            case SheetChoice.Holding holding -> holding(sheets, holding.expectedHeaders());
        };
    }

    private static int firstWithRows(List<Preview> sheets) {
        for (int i = 0; i < sheets.size(); i++) {
            if (!sheets.get(i).firstRows().isEmpty()) {
                return i;
            }
        }
        throw new SpreadsheetRefused("spreadsheet.empty");
    }

    private static int named(List<Preview> sheets, String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().strip().equals(name)) {
                return i;
            }
        }
        List<String> names = sheets.stream().map(Preview::name).toList();
        throw new SpreadsheetRefused("spreadsheet.sheetNotFound", name, String.join("、", names));
    }

    private static int holding(List<Preview> sheets, Set<String> expected) {
        Set<String> wanted = new HashSet<>();
        expected.forEach(h -> wanted.add(Header.normalize(h)));
        int needed = Math.min(2, wanted.size());
        List<Integer> scores =
                sheets.stream().map(s -> score(s.firstRows(), wanted)).toList();
        List<Integer> looking = java.util.stream.IntStream.range(0, sheets.size())
                .filter(i -> scores.get(i) >= needed)
                .boxed()
                .toList();
        if (looking.size() > 1) {
            throw new SheetAmbiguous(
                    looking.stream().map(i -> sheets.get(i).name()).toList());
        }
        if (looking.size() == 1) {
            return looking.getFirst();
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (scores.get(i) > 0) {
                return i;
            }
        }
        return firstWithRows(sheets);
    }

    /** The most expected headers one of the rows holds. */
    private static int score(List<SheetRow> rows, Set<String> wanted) {
        int best = 0;
        for (SheetRow row : rows) {
            Set<String> found = new HashSet<>();
            for (String cell : row.cells()) {
                String name = Header.normalize(cell);
                if (wanted.contains(name)) {
                    found.add(name);
                }
            }
            best = Math.max(best, found.size());
        }
        return best;
    }
}
