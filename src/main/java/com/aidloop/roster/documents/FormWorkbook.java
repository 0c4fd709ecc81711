package com.aidloop.roster.documents;

import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.CellText;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ColumnKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small official tables, one per sheet, in the printed layout of the rosters: merged title, the
 * stamp line with 单位：元, a header repeated on every page, numbered rows, a 合计 row that totals
 * counts as well as money, then the caller's signature lines; A4, page numbers in the footer.
 * For the summary and the fund confirmation forms, which are short, hold several tables and
 * total counts; person-by-person rosters stream through {@code OfficialRosterWriter}.
 */
public final class FormWorkbook {

    private static final int PORTRAIT_MAX_COLUMNS = 8;

    /**
     * One sheet.
     *
     * @param stampLine e.g. 学校（盖章）：平江县三市镇中心小学
     * @param rows values in column order, without 序号
     * @param footLines lines under the table: signatures, stamp and date
     */
    public record Table(
            String sheetName,
            String title,
            String stampLine,
            List<Column> columns,
            List<List<Object>> rows,
            List<String> footLines) {}

    private FormWorkbook() {}

    public static void write(List<Table> tables, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                sheet(book, uniqueName(table.sheetName(), names), table, styles);
            }
            if (tables.isEmpty()) {
                book.createSheet("空");
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, String name, Table table, Styles styles) {
        XSSFSheet sheet = book.createSheet(name);
        int last = table.columns().size();
        heading(sheet, table, styles);
        long[] counts = new long[last];
        BigDecimal[] sums = new BigDecimal[last];
        int r = rows(sheet, table, styles, counts, sums);
        totals(sheet.createRow(r), table, styles, counts, sums);
        foot(sheet, r + 2, table, styles);
        page(sheet, last + 1);
    }

    /** The title, the stamp line with the unit, and the column headers: rows 0 to 2. */
    private static void heading(XSSFSheet sheet, Table table, Styles styles) {
        int last = table.columns().size();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(32);
        text(title, 0, table.title(), styles.title);
        merge(sheet, 0, 0, last);
        Row stamp = sheet.createRow(1);
        int unitFrom = Math.max(last - 1, 1);
        text(stamp, 0, table.stampLine(), styles.left);
        text(stamp, unitFrom, "单位：元", styles.right);
        merge(sheet, 1, 0, unitFrom - 1);
        merge(sheet, 1, unitFrom, last);
        Row header = sheet.createRow(2);
        header.setHeightInPoints(28);
        text(header, 0, "序号", styles.header);
        sheet.setColumnWidth(0, 6 * 256);
        for (int i = 0; i < table.columns().size(); i++) {
            text(header, i + 1, table.columns().get(i).header(), styles.header);
            sheet.setColumnWidth(i + 1, Math.min(table.columns().get(i).width() * 256 + 256, 255 * 256));
        }
    }

    /** The numbered rows from row 3 on, adding up counts and sums per column; answers the next free row. */
    private static int rows(XSSFSheet sheet, Table table, Styles styles, long[] counts, BigDecimal[] sums) {
        int last = table.columns().size();
        int r = 3;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r);
            Cell number = row.createCell(0);
            number.setCellStyle(styles.integer);
            number.setCellValue(r - 2);
            for (int i = 0; i < last; i++) {
                Object value = i < values.size() ? values.get(i) : null;
                value(row.createCell(i + 1), table.columns().get(i).kind(), value, styles, counts, sums, i);
            }
            r++;
        }
        return r;
    }

    private static void totals(Row total, Table table, Styles styles, long[] counts, BigDecimal[] sums) {
        text(total, 0, "合计", styles.totalLabel);
        for (int i = 0; i < table.columns().size(); i++) {
            Cell cell = total.createCell(i + 1);
            switch (table.columns().get(i).kind()) {
                case MONEY -> {
                    cell.setCellStyle(styles.totalMoney);
                    cell.setCellValue((sums[i] == null ? BigDecimal.ZERO : sums[i]).doubleValue());
                }
                case INTEGER -> {
                    cell.setCellStyle(styles.totalInteger);
                    cell.setCellValue(counts[i]);
                }
                default -> cell.setCellStyle(styles.text);
            }
        }
    }

    private static void foot(XSSFSheet sheet, int from, Table table, Styles styles) {
        int r = from;
        for (String line : table.footLines()) {
            Row foot = sheet.createRow(r);
            foot.setHeightInPoints(24);
            text(foot, 0, line, styles.left);
            merge(sheet, r, 0, table.columns().size());
            r++;
        }
    }

    private static void value(
            Cell cell, ColumnKind kind, Object value, Styles styles, long[] counts, BigDecimal[] sums, int i) {
        switch (kind) {
            case MONEY -> {
                cell.setCellStyle(styles.money);
                BigDecimal amount =
                        value instanceof Money money ? money.yuan() : value instanceof BigDecimal d ? d : null;
                if (amount != null) {
                    cell.setCellValue(amount.doubleValue());
                    sums[i] = sums[i] == null ? amount : sums[i].add(amount);
                }
            }
            case INTEGER -> {
                cell.setCellStyle(styles.integer);
                if (value instanceof Number n) {
                    cell.setCellValue(n.longValue());
                    counts[i] += n.longValue();
                }
            }
            default -> {
                cell.setCellStyle(styles.text);
                cell.setCellValue(CellText.safe(value == null ? "" : value.toString()));
            }
        }
    }

    private static void page(XSSFSheet sheet, int columns) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns > PORTRAIT_MAX_COLUMNS);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        sheet.createFreezePane(0, 3);
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "表" : wanted);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase()); n++) {
            name = base + "(" + n + ")";
        }
        taken.add(name.toLowerCase());
        return name;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(CellText.safe(text));
    }

    private static void merge(XSSFSheet sheet, int row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    /** The styles of one workbook, made once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle left;
        final CellStyle right;
        final CellStyle header;
        final CellStyle text;
        final CellStyle money;
        final CellStyle integer;
        final CellStyle totalLabel;
        final CellStyle totalMoney;
        final CellStyle totalInteger;

        Styles(XSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = book.createFont();
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            left = book.createCellStyle();
            left.setAlignment(HorizontalAlignment.LEFT);
            right = book.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            short textFormat = book.createDataFormat().getFormat("@");
            header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setDataFormat(textFormat);
            text = bordered(book);
            text.setDataFormat(textFormat);
            money = bordered(book);
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            integer = bordered(book);
            integer.setDataFormat(book.createDataFormat().getFormat("0"));
            totalLabel = bordered(book);
            totalLabel.setFont(bold);
            totalLabel.setAlignment(HorizontalAlignment.CENTER);
            totalMoney = bordered(book);
            totalMoney.cloneStyleFrom(money);
            totalMoney.setFont(bold);
            totalInteger = bordered(book);
            totalInteger.cloneStyleFrom(integer);
            totalInteger.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
