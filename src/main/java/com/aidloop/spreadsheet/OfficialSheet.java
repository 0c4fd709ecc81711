package com.aidloop.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet in the printed style of the official rosters (UI-AND-FORMATS.md): bold 16 pt merged
 * title, plain lines, bordered label and value cells, grey header cells, the header of a long
 * table repeated on every page, A4 fitted to the page width, "第 N 页 共 M 页" in the footer. Every
 * text passes {@link CellText#safe}, so no name runs as a formula. Written row by row, top down.
 * Shared by every small official document: the identification documents and figures, and the
 * rosters' summary and fund confirmation forms ({@code FormWorkbook}). Person-by-person rosters,
 * which can be long, stream through {@link OfficialRosterWriter} instead.
 */
public final class OfficialSheet {

    private final XSSFWorkbook book;
    private final XSSFSheet sheet;
    private final int columns;
    private final CellStyle title;
    private final CellStyle plain;
    private final CellStyle plainRight;
    private final CellStyle label;
    private final CellStyle value;
    private final CellStyle number;
    private final CellStyle money;
    private final CellStyle header;
    private final CellStyle total;
    private final CellStyle totalMoney;
    private int next;

    /** A sheet of {@code widths.size()} columns, widths in characters (a Chinese character counts two). */
    public OfficialSheet(XSSFWorkbook book, String name, List<Integer> widths, boolean landscape) {
        this.book = book;
        this.sheet = book.createSheet(name);
        this.columns = widths.size();
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(widths.get(i) * 256 + 256, 255 * 256));
        }
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font bold = book.createFont();
        bold.setBold(true);
        title = book.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        plain = book.createCellStyle();
        plain.setWrapText(true);
        plain.setVerticalAlignment(VerticalAlignment.CENTER);
        plainRight = book.createCellStyle();
        plainRight.setAlignment(HorizontalAlignment.RIGHT);
        plainRight.setVerticalAlignment(VerticalAlignment.CENTER);
        short text = book.createDataFormat().getFormat("@");
        label = bordered(text);
        label.setFont(bold);
        label.setAlignment(HorizontalAlignment.CENTER);
        value = bordered(text);
        number = bordered(book.createDataFormat().getFormat("0"));
        money = bordered(book.createDataFormat().getFormat("#,##0.00"));
        header = bordered(text);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        total = bordered(book.createDataFormat().getFormat("0"));
        total.setFont(bold);
        totalMoney = bordered(book.createDataFormat().getFormat("#,##0.00"));
        totalMoney.setFont(bold);
        page(landscape);
    }

    /** The merged, bold title across the sheet. */
    public OfficialSheet title(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(32);
        put(row, 0, text, title);
        merge(next, 0, columns - 1);
        next++;
        return this;
    }

    /** A plain line across the sheet (stamp line, signatures, date). */
    public OfficialSheet line(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(22);
        put(row, 0, text, plain);
        merge(next, 0, columns - 1);
        next++;
        return this;
    }

    /**
     * The stamp line of a form: {@code text} (e.g. 学校（盖章）：…) on the left and {@code unit} (e.g.
     * 单位：元) over the last two columns on the right.
     */
    public OfficialSheet stamp(String text, String unit) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(22);
        int unitFrom = Math.max(columns - 2, 1);
        put(row, 0, text, plain);
        put(row, unitFrom, unit, plainRight);
        merge(next, 0, unitFrom - 1);
        merge(next, unitFrom, columns - 1);
        next++;
        return this;
    }

    /** A blank row. */
    public OfficialSheet gap() {
        next++;
        return this;
    }

    /**
     * A bordered row of cells: each cell a text or a number, spanning the given number of columns;
     * {@code labels} marks the cells that are labels (bold, centred).
     */
    public OfficialSheet cells(List<Object> values, List<Integer> spans, List<Boolean> labels) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(24);
        int column = 0;
        for (int i = 0; i < values.size(); i++) {
            int span = spans.get(i);
            CellStyle style = labels.get(i) ? label : value;
            Object v = values.get(i);
            if (v instanceof Number n && !labels.get(i)) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(n instanceof BigDecimal ? money : number);
                cell.setCellValue(n.doubleValue());
            } else {
                put(row, column, v == null ? "" : v.toString(), style);
            }
            for (int c = column + 1; c < column + span; c++) {
                row.createCell(c).setCellStyle(style);
            }
            merge(next, column, column + span - 1);
            column += span;
        }
        next++;
        return this;
    }

    /** A section heading across the sheet, grey like a header. */
    public OfficialSheet section(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(22);
        put(row, 0, text, header);
        for (int c = 1; c < columns; c++) {
            row.createCell(c).setCellStyle(header);
        }
        merge(next, 0, columns - 1);
        next++;
        return this;
    }

    /** A table's header row, repeated on every printed page and frozen on screen. */
    public OfficialSheet header(List<String> names) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(28);
        for (int i = 0; i < names.size(); i++) {
            put(row, i, names.get(i), header);
        }
        sheet.setRepeatingRows(new CellRangeAddress(next, next, -1, -1));
        sheet.createFreezePane(0, next + 1);
        next++;
        return this;
    }

    /** A row of a table, one cell per column: numbers as number cells, anything else as text. */
    public OfficialSheet row(List<?> values) {
        return cells(
                List.copyOf(values.stream().map(v -> (Object) v).toList()), ones(values.size()), none(values.size()));
    }

    /**
     * The 合计 row: the label, then one total per further column: a {@link BigDecimal} as
     * money, another number as a count, null for a column without a total.
     */
    public OfficialSheet totals(String labelText, List<?> sums) {
        Row row = sheet.createRow(next);
        put(row, 0, labelText, label);
        for (int i = 0; i < sums.size(); i++) {
            Cell cell = row.createCell(i + 1);
            Object sum = sums.get(i);
            cell.setCellStyle(sum == null ? value : sum instanceof BigDecimal ? totalMoney : total);
            if (sum instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            }
        }
        next++;
        return this;
    }

    public static void write(XSSFWorkbook book, OutputStream out) {
        try (book) {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    private CellStyle bordered(short format) {
        CellStyle style = book.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setDataFormat(format);
        return style;
    }

    private void merge(int row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    private static void put(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(CellText.safe(text));
    }

    private static List<Integer> ones(int n) {
        return java.util.Collections.nCopies(n, 1);
    }

    private static List<Boolean> none(int n) {
        return java.util.Collections.nCopies(n, false);
    }
}
