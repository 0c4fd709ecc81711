package com.aidloop.spreadsheet;

import java.util.List;
import java.util.Map;

/** More than one sheet of a workbook looks like the list looked for: the person chooses one. */
public class SheetAmbiguous extends SpreadsheetRefused {

    private final List<String> sheets;

    public SheetAmbiguous(List<String> sheets) {
        super("spreadsheet.sheetAmbiguous", String.join("、", sheets));
        this.sheets = List.copyOf(sheets);
    }

    /** The names of the sheets that look like the list, in the workbook's order. */
    public List<String> sheets() {
        return sheets;
    }

    @Override
    public Map<String, Object> facts() {
        return Map.of("sheets", sheets);
    }
}
