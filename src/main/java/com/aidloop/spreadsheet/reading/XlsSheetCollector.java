package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Listens to the records of an .xls workbook and keeps the cells of the first visible sheet that
 * has any (or of the worksheet at a given position), then stops the parse. Surveying, it goes
 * through every visible sheet and keeps only each one's first non-blank rows.
 */
final class XlsSheetCollector extends AbortableHSSFListener {

    private static final short STOP = 1;

    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> {});
    private final RowCells cells;
    private final List<BoundSheetRecord> sheets = new ArrayList<>();
    private final Map<Integer, SheetRow> rows = new TreeMap<>();
    private final List<CellRange> merged = new ArrayList<>();
    private NumberDisplay numbers = new NumberDisplay(false);
    private SSTRecord strings;
    private int sheetIndex = -1;
    private boolean collecting;
    private boolean inWorksheet;
    private int currentRow = -1;
    private FormulaRecord pendingString;
    private String sheetName = "";
    /** The worksheet to keep (0-based among the worksheets), or -1: the first visible with cells. */
    private final int target;
    /** Surveying: how many first rows of each visible sheet to keep; 0 when not surveying. */
    private final int surveyRows;

    private final List<SheetPicker.Preview> previews = new ArrayList<>();
    private final List<Integer> previewed = new ArrayList<>();

    XlsSheetCollector(ReadLimits limits) {
        this(limits, -1, 0);
    }

    private XlsSheetCollector(ReadLimits limits, int target, int surveyRows) {
        this.cells = new RowCells(limits);
        this.target = target;
        this.surveyRows = surveyRows;
    }

    /** Keeps the first rows of every visible sheet: {@link #previews()}. */
    static XlsSheetCollector survey(ReadLimits limits) {
        return new XlsSheetCollector(limits, -1, limits.headerSearchRows());
    }

    /** Keeps the rows of the worksheet at this position (as {@link #worksheetOf} gives it). */
    static XlsSheetCollector of(ReadLimits limits, int worksheet) {
        return new XlsSheetCollector(limits, worksheet, 0);
    }

    List<SheetPicker.Preview> previews() {
        return List.copyOf(previews);
    }

    /** The worksheet position of a preview. */
    int worksheetOf(int preview) {
        return previewed.get(preview);
    }

    List<SheetRow> rows() {
        return List.copyOf(rows.values());
    }

    List<CellRange> merged() {
        return List.copyOf(merged);
    }

    String sheetName() {
        return sheetName;
    }

    @Override
    public short abortableProcessRecord(Record record) {
        formats.processRecordInternally(record);
        switch (record) {
            case BoundSheetRecord sheet -> sheets.add(sheet);
            case DateWindow1904Record window -> numbers = new NumberDisplay(window.getWindowing() == 1);
            case SSTRecord table -> strings = table;
            case BOFRecord bof -> startSection(bof);
            case EOFRecord eof -> {
                return endSection();
            }
            default -> {
                if (collecting) {
                    cell(record);
                }
            }
        }
        return 0;
    }

    private void startSection(BOFRecord bof) {
        if (bof.getType() != BOFRecord.TYPE_WORKSHEET) {
            inWorksheet = false;
            return;
        }
        inWorksheet = true;
        sheetIndex++;
        BoundSheetRecord bound = sheetIndex < sheets.size() ? sheets.get(sheetIndex) : null;
        boolean visible = bound == null || !(bound.isHidden() || bound.isVeryHidden());
        collecting = target < 0 ? visible : sheetIndex == target;
        sheetName = bound == null ? "" : bound.getSheetname();
        rows.clear();
        merged.clear();
        currentRow = -1;
    }

    private short endSection() {
        if (!inWorksheet) {
            return 0;
        }
        inWorksheet = false;
        finishRow();
        if (surveyRows > 0) {
            if (collecting) {
                previews.add(new SheetPicker.Preview(
                        sheetName, rows().stream().limit(surveyRows).toList()));
                previewed.add(sheetIndex);
            }
            rows.clear();
            collecting = false;
            return 0;
        }
        if (collecting && (target >= 0 || !rows.isEmpty())) {
            return STOP;
        }
        collecting = false;
        return 0;
    }

    private void cell(Record record) {
        switch (record) {
            case LabelSSTRecord label ->
                put(
                        label,
                        strings == null
                                ? ""
                                : strings.getString(label.getSSTIndex()).getString());
            case LabelRecord label -> put(label, label.getValue());
            case NumberRecord number -> put(number, number(number, number.getValue()));
            case FormulaRecord formula -> formula(formula);
            case StringRecord text -> {
                if (pendingString != null) {
                    put(pendingString, text.getString());
                    pendingString = null;
                }
            }
            case BoolErrRecord boolErr ->
                put(
                        boolErr,
                        boolErr.isBoolean()
                                ? (boolErr.getBooleanValue() ? "TRUE" : "FALSE")
                                : FormulaError.forInt(boolErr.getErrorValue()).getString());
            case MergeCellsRecord merges -> {
                for (int i = 0; i < merges.getNumAreas(); i++) {
                    CellRangeAddress area = merges.getAreaAt(i);
                    merged.add(new CellRange(
                            area.getFirstRow() + 1,
                            area.getLastRow() + 1,
                            area.getFirstColumn(),
                            area.getLastColumn()));
                }
            }
            default -> {}
        }
    }

    private void formula(FormulaRecord formula) {
        if (formula.hasCachedResultString()) {
            pendingString = formula;
            return;
        }
        CellType type = formula.getCachedResultTypeEnum();
        if (type == CellType.BOOLEAN) {
            put(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE");
        } else if (type == CellType.ERROR) {
            put(formula, FormulaError.forInt(formula.getCachedErrorValue()).getString());
        } else {
            put(formula, number(formula, formula.getValue()));
        }
    }

    private String number(CellValueRecordInterface cell, double value) {
        int formatId = formats.getFormatIndex(cell);
        return numbers.display(value, formatId, formats.getFormatString(cell));
    }

    private void put(CellValueRecordInterface cell, String text) {
        int rowNumber = cell.getRow() + 1;
        if (rowNumber != currentRow) {
            finishRow();
            cells.start(rowNumber);
            currentRow = rowNumber;
        }
        cells.put(cell.getColumn(), text);
    }

    private void finishRow() {
        if (currentRow < 0) {
            return;
        }
        SheetRow row = cells.finish();
        if (row != null) {
            rows.merge(row.rowNumber(), row, XlsSheetCollector::combine);
        }
        currentRow = -1;
    }

    /** Cells of one row that came in two runs (not written so by Excel, but allowed). */
    private static SheetRow combine(SheetRow first, SheetRow second) {
        int width = Math.max(first.cells().size(), second.cells().size());
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(second.cell(i).isEmpty() ? first.cell(i) : second.cell(i));
        }
        return new SheetRow(first.rowNumber(), cells);
    }
}
