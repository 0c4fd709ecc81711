package com.aidloop.roster.documents;

import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ColumnKind;
import com.aidloop.spreadsheet.OfficialSheet;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small official tables, one per sheet, in the printed layout of the rosters ({@link
 * OfficialSheet}): merged title, the stamp line with 单位：元, a header repeated on every page,
 * numbered rows, a 合计 row that totals counts as well as money, then the caller's signature
 * lines. For the summary and the fund confirmation forms, which are short, hold several tables and
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
        XSSFWorkbook book = new XSSFWorkbook();
        Set<String> names = new HashSet<>();
        for (Table table : tables) {
            sheet(book, uniqueName(table.sheetName(), names), table);
        }
        if (tables.isEmpty()) {
            book.createSheet("空");
        }
        OfficialSheet.write(book, out);
    }

    private static void sheet(XSSFWorkbook book, String name, Table table) {
        List<Column> columns = table.columns();
        List<Integer> widths = new ArrayList<>(List.of(5));
        List<String> headers = new ArrayList<>(List.of("序号"));
        columns.forEach(column -> {
            widths.add(column.width());
            headers.add(column.header());
        });
        OfficialSheet sheet = new OfficialSheet(book, name, widths, widths.size() > PORTRAIT_MAX_COLUMNS)
                .title(table.title())
                .stamp(table.stampLine(), "单位：元")
                .header(headers);
        Object[] totals = columns.stream().map(FormWorkbook::zero).toArray();
        long number = 0;
        for (List<Object> values : table.rows()) {
            List<Object> cells = new ArrayList<>(List.of(++number));
            for (int i = 0; i < columns.size(); i++) {
                Object cell = cell(columns.get(i).kind(), i < values.size() ? values.get(i) : null);
                totals[i] = add(totals[i], cell);
                cells.add(cell);
            }
            sheet.row(cells);
        }
        sheet.totals("合计", Arrays.asList(totals)).gap();
        table.footLines().forEach(sheet::line);
    }

    /** A value as its column shows it: money as yuan, counts as numbers, anything else as text. */
    private static Object cell(ColumnKind kind, Object value) {
        return switch (kind) {
            case MONEY -> value instanceof Money money ? money.yuan() : value instanceof BigDecimal d ? d : null;
            case INTEGER -> value instanceof Number n ? n.longValue() : null;
            default -> value == null ? "" : value.toString();
        };
    }

    private static Object zero(Column column) {
        return switch (column.kind()) {
            case MONEY -> BigDecimal.ZERO.setScale(2);
            case INTEGER -> 0L;
            default -> null;
        };
    }

    private static Object add(Object total, Object cell) {
        if (total instanceof BigDecimal sum && cell instanceof BigDecimal amount) {
            return sum.add(amount);
        }
        if (total instanceof Long sum && cell instanceof Long count) {
            return sum + count;
        }
        return total;
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
}
