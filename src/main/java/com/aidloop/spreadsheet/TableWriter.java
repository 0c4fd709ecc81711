package com.aidloop.spreadsheet;

import com.aidloop.spreadsheet.writing.CellValues;
import com.aidloop.spreadsheet.writing.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes plain workbooks (.xlsx, streamed): import templates, error workbooks, working lists. Each
 * sheet has a header row and rows; text columns are in text format so that numbers people type
 * later stay text; dictionary columns get a drop-down, from a hidden list sheet when the values
 * are too many for Excel's 255-character inline list. Close it to remove its temporary files.
 */
public final class TableWriter implements AutoCloseable {

    static final String LIST_SHEET = "字典";
    private static final int WINDOW = 100;
    private static final int INLINE_LIST_LIMIT = 255;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final WorkbookStyles styles;
    private SXSSFSheet lists;
    private int listColumns;

    public TableWriter() {
        workbook.setCompressTempFiles(true);
        styles = new WorkbookStyles(workbook);
    }

    /** Adds a sheet with a header row and the given rows, one list of values per row. */
    public TableWriter addSheet(String name, List<Column> columns, Stream<? extends List<?>> rows) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellStyle(styles.header());
            cell.setCellValue(CellText.safe(column.header()));
            sheet.setColumnWidth(i, Math.min(column.width() * 256 + 256, 255 * 256));
            sheet.setDefaultColumnStyle(i, styles.value(column.kind(), false));
            if (!column.choices().isEmpty()) {
                dropDown(sheet, i, column.choices());
            }
        }
        sheet.createFreezePane(0, 1);
        int rowIndex = 1;
        for (Iterator<? extends List<?>> it = rows.iterator(); it.hasNext(); ) {
            List<?> values = it.next();
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.size() && i < values.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.value(columns.get(i).kind(), false));
                CellValues.write(cell, columns.get(i), values.get(i));
            }
        }
        return this;
    }

    /** Adds a sheet of instructions (填写说明), one line per row, in a wide first column. */
    public TableWriter addNotes(String name, List<String> lines) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellStyle(styles.value(ColumnKind.TEXT, false));
            cell.setCellValue(CellText.safe(lines.get(i)));
        }
        return this;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // temporary files are already gone
        }
    }

    private void dropDown(SXSSFSheet sheet, int column, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = String.join(",", choices).length() <= INLINE_LIST_LIMIT
                        && choices.stream().noneMatch(c -> c.contains(","))
                ? helper.createExplicitListConstraint(
                        choices.stream().map(CellText::safe).toArray(String[]::new))
                : helper.createFormulaListConstraint(listRange(choices));
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("输入有误", "请从下拉列表中选择");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** Writes long value lists into a hidden sheet and names the range the drop-down refers to. */
    private String listRange(List<String> choices) {
        if (lists == null) {
            lists = workbook.createSheet(LIST_SHEET);
            // lists are written column by column, so every row must stay in memory (they are short)
            lists.setRandomAccessWindowSize(-1);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        int column = listColumns++;
        for (int i = 0; i < choices.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(column).setCellValue(CellText.safe(choices.get(i)));
        }
        String letter = CellReference.convertNumToColString(column);
        Name name = workbook.createName();
        name.setNameName("字典_" + letter);
        name.setRefersToFormula("'" + LIST_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size());
        return name.getNameName();
    }
}
