package com.aidloop.spreadsheet;

import com.aidloop.spreadsheet.writing.CellValues;
import com.aidloop.spreadsheet.writing.OfficialStyle;
import com.aidloop.spreadsheet.writing.StreamedSheet;
import com.aidloop.spreadsheet.writing.XlsxPackage;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a roster in the official printed layout (.xlsx, streamed row by row into the package,
 * so 100,000 rows need no memory): a merged title, 填报单位 and 单位：元, the header repeated on
 * every printed page, rows numbered 序号, a 合计 row of the money columns summed exactly, the
 * signature lines and 填报日期; A4, landscape when there are more than eight columns, fitted to
 * the page width, and "第 N 页 共 M 页" in the footer. The caller's stream is left open.
 */
public final class OfficialRosterWriter {

    static final int TITLE_ROW = 0;
    static final int UNIT_ROW = 1;
    static final int HEADER_ROW = 2;
    private static final int PORTRAIT_MAX_COLUMNS = 8;
    private static final String SHEET = "花名册";
    private static final String FOOTER = "第 &P 页 共 &N 页";

    private OfficialRosterWriter() {}

    /**
     * @param columns the business columns; 序号 is added in front
     * @param rows one list of values per person, in column order (see {@link ColumnKind})
     */
    public static RosterSummary write(
            RosterHeading heading, List<Column> columns, Stream<? extends List<?>> rows, OutputStream out) {
        List<Column> all = new ArrayList<>();
        all.add(Column.integer("序号").withWidth(6));
        all.addAll(columns);
        List<Integer> widths =
                all.stream().map(column -> Math.min(column.width() + 1, 255)).toList();
        try (XlsxPackage book = new XlsxPackage(
                out,
                List.of(new XlsxPackage.SheetPlan(
                        SHEET, widths, HEADER_ROW, HEADER_ROW + 1, all.size() > PORTRAIT_MAX_COLUMNS, FOOTER)))) {
            StreamedSheet sheet = book.nextSheet();
            heading(sheet, heading, all);
            RosterSummary summary = body(sheet, all, rows.iterator());
            footing(sheet, heading, all, summary);
            book.finish();
            return summary;
        }
    }

    private static void heading(StreamedSheet sheet, RosterHeading heading, List<Column> columns) {
        int last = columns.size() - 1;
        sheet.row(TITLE_ROW, 32)
                .text(0, CellText.safe(heading.title()), OfficialStyle.TITLE)
                .merge(TITLE_ROW, 0, last);
        sheet.row(UNIT_ROW, 20).text(0, CellText.safe("填报单位（盖章）：" + heading.reportingUnit()), OfficialStyle.PLAIN_LEFT);
        if (columns.stream().noneMatch(column -> column.kind() == ColumnKind.MONEY)) {
            // a list without money (the public notice) has no unit to state
            sheet.merge(UNIT_ROW, 0, last);
        } else {
            int unitFrom = Math.max(last - 1, 1);
            sheet.text(Math.min(unitFrom, last), "单位：元", OfficialStyle.PLAIN_RIGHT);
            sheet.merge(UNIT_ROW, 0, unitFrom - 1).merge(UNIT_ROW, unitFrom, last);
        }
        sheet.row(HEADER_ROW, 30);
        for (int i = 0; i < columns.size(); i++) {
            sheet.text(i, CellText.safe(columns.get(i).header()), OfficialStyle.HEADER);
        }
    }

    private static RosterSummary body(StreamedSheet sheet, List<Column> columns, Iterator<? extends List<?>> rows) {
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
            sheet.row(rowIndex++, 0);
            count++;
            sheet.number(0, count, OfficialStyle.INTEGER);
            for (int i = 1; i < columns.size(); i++) {
                Column column = columns.get(i);
                BigDecimal amount =
                        CellValues.write(sheet, i, column, i - 1 < values.size() ? values.get(i - 1) : null);
                if (amount != null) {
                    totals.merge(column.header(), amount, BigDecimal::add);
                }
            }
        }
        return new RosterSummary(count, totals);
    }

    private static void footing(
            StreamedSheet sheet, RosterHeading heading, List<Column> columns, RosterSummary summary) {
        int rowIndex = HEADER_ROW + 1 + (int) summary.rows();
        sheet.row(rowIndex, 0).text(0, "合计", OfficialStyle.TOTAL_LABEL);
        for (int i = 1; i < columns.size(); i++) {
            Column column = columns.get(i);
            BigDecimal sum = summary.totals().get(column.header());
            if (column.kind() == ColumnKind.MONEY && sum != null) {
                sheet.number(i, sum, OfficialStyle.TOTAL_MONEY);
            } else {
                sheet.blank(i, OfficialStyle.TEXT);
            }
        }
        int last = columns.size() - 1;
        sheet.row(rowIndex + 2, 24)
                .text(0, CellText.safe(heading.signatures().line()), OfficialStyle.PLAIN_LEFT)
                .merge(rowIndex + 2, 0, last);
        sheet.row(rowIndex + 3, 0)
                .text(0, CellText.safe("填报日期：" + heading.filledOnText()), OfficialStyle.PLAIN_LEFT)
                .merge(rowIndex + 3, 0, last);
    }
}
