package com.aidloop.spreadsheet;

import com.aidloop.spreadsheet.writing.CellValues;
import com.aidloop.spreadsheet.writing.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a roster in the official printed layout (.xlsx, streamed, so 100,000 rows need little
 * memory): a merged title, 填报单位 and 单位：元, the header repeated on every printed page, rows
 * numbered 序号, a 合计 row of the money columns summed exactly, the signature lines and 填报日期;
 * A4, landscape when there are more than eight columns, fitted to the page width, and
 * "第 N 页 共 M 页" in the footer.
 */
public final class OfficialRosterWriter {

    static final int TITLE_ROW = 0;
    static final int UNIT_ROW = 1;
    static final int HEADER_ROW = 2;
    private static final int WINDOW = 100;
    private static final int PORTRAIT_MAX_COLUMNS = 8;
    private static final String SIGNATURES = "经办人：　　　　　　　　审核人：　　　　　　　　负责人：　　　　　　　　";

    private OfficialRosterWriter() {}

    /**
     * @param columns the business columns; 序号 is added in front
     * @param rows one list of values per person, in column order (see {@link ColumnKind})
     */
    public static RosterSummary write(RosterHeading heading, List<Column> columns, Stream<? extends List<?>> rows, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<Column> all = new ArrayList<>();
            all.add(Column.integer("序号").withWidth(6));
            all.addAll(columns);
            SXSSFSheet sheet = workbook.createSheet("花名册");
            heading(sheet, heading, all, styles);
            RosterSummary summary = body(sheet, all, rows.iterator(), styles);
            footing(sheet, heading, all, summary, styles);
            page(sheet, all);
            workbook.write(out);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private static void heading(SXSSFSheet sheet, RosterHeading heading, List<Column> columns, WorkbookStyles styles) {
        int last = columns.size() - 1;
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(32);
        text(title, 0, heading.title(), styles.title());
        merge(sheet, TITLE_ROW, 0, last);
        Row unit = sheet.createRow(UNIT_ROW);
        unit.setHeightInPoints(20);
        text(unit, 0, "填报单位（盖章）：" + heading.reportingUnit(), styles.plainLeft());
        int unitFrom = Math.max(last - 1, 1);
        text(unit, Math.min(unitFrom, last), "单位：元", styles.plainRight());
        merge(sheet, UNIT_ROW, 0, unitFrom - 1);
        merge(sheet, UNIT_ROW, unitFrom, last);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            text(header, i, columns.get(i).header(), styles.header());
            sheet.setColumnWidth(i, Math.min(columns.get(i).width() * 256 + 256, 255 * 256));
        }
    }

    private static RosterSummary body(SXSSFSheet sheet, List<Column> columns, Iterator<? extends List<?>> rows, WorkbookStyles styles) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Column column : columns.subList(1, columns.size())) {
            if (column.kind() == ColumnKind.MONEY) {
                totals.put(column.header(), BigDecimal.ZERO.setScale(2));
            }
        }
        long count = 0;
        int rowIndex = HEADER_ROW + 1;
        while (rows.hasNext()) {
            List<?> values = rows.next();
            Row row = sheet.createRow(rowIndex++);
            count++;
            Cell number = row.createCell(0);
            number.setCellStyle(styles.value(ColumnKind.INTEGER, true));
            number.setCellValue(count);
            for (int i = 1; i < columns.size(); i++) {
                Column column = columns.get(i);
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.value(column.kind(), true));
                BigDecimal amount = CellValues.write(cell, column, i - 1 < values.size() ? values.get(i - 1) : null);
                if (amount != null) {
                    totals.merge(column.header(), amount, BigDecimal::add);
                }
            }
        }
        return new RosterSummary(count, totals);
    }

    private static void footing(SXSSFSheet sheet, RosterHeading heading, List<Column> columns, RosterSummary summary, WorkbookStyles styles) {
        int rowIndex = HEADER_ROW + 1 + (int) summary.rows();
        Row total = sheet.createRow(rowIndex);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = total.createCell(i);
            BigDecimal sum = i == 0 ? null : summary.totals().get(column.header());
            if (i == 0) {
                cell.setCellStyle(styles.totalLabel());
                cell.setCellValue("合计");
            } else if (column.kind() == ColumnKind.MONEY && sum != null) {
                cell.setCellStyle(styles.totalMoney());
                cell.setCellValue(sum.doubleValue());
            } else {
                cell.setCellStyle(styles.value(ColumnKind.TEXT, true));
            }
        }
        int last = columns.size() - 1;
        Row signatures = sheet.createRow(rowIndex + 2);
        signatures.setHeightInPoints(24);
        text(signatures, 0, SIGNATURES, styles.plainLeft());
        merge(sheet, rowIndex + 2, 0, last);
        Row date = sheet.createRow(rowIndex + 3);
        text(date, 0, "填报日期：" + heading.filledOnText(), styles.plainLeft());
        merge(sheet, rowIndex + 3, 0, last);
    }

    private static void page(SXSSFSheet sheet, List<Column> columns) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns.size() > PORTRAIT_MAX_COLUMNS);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(CellText.safe(text));
    }

    private static void merge(SXSSFSheet sheet, int row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }
}
