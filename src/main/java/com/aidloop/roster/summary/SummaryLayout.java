package com.aidloop.roster.summary;

import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.documents.FormWorkbook;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.Column;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The summary (汇总表) as a workbook: one sheet per breakdown (the divisions below the reader's,
 * the level below those, schools, programmes, stages, and each school's programmes), each with
 * 合计, the stamp line and the signature lines.
 */
public final class SummaryLayout {

    private static final Column AWARDS = Column.integer("资助人次").withWidth(10);
    private static final Column AMOUNT = Column.money("资助金额（元）").withWidth(16);

    private SummaryLayout() {}

    public static List<FormWorkbook.Table> tables(SummaryCube cube, Issuer issuer, Term term, LocalDate filledOn) {
        String title = issuer.title(DocumentKind.SUMMARY, term, null);
        String stamp = "填报单位（盖章）：" + issuer.unit();
        List<String> foot = List.of("经办人：　　　　　　　　审核人：　　　　　　　　负责人：　　　　　　　　",
                "填报日期：" + filledOn.getYear() + "年" + filledOn.getMonthValue() + "月" + filledOn.getDayOfMonth() + "日");
        List<FormWorkbook.Table> tables = new ArrayList<>();
        String root = cube.rootRegion();
        int childLength = SummaryCube.childLength(root.length());
        List<SummaryRow> regions = cube.breakdown(SummaryFilter.NONE, Dimension.REGION);
        tables.add(table(levelName(childLength), title, stamp, foot, List.of(Column.text(levelName(childLength)).withWidth(24)),
                regions.stream().map(r -> row(r, r.label())).toList()));
        int grandchildLength = SummaryCube.childLength(childLength);
        if (grandchildLength > 0) {
            List<List<Object>> rows = new ArrayList<>();
            for (SummaryRow region : regions) {
                if (region.drillable() && region.drillBy() == Dimension.REGION) {
                    for (SummaryRow child : cube.breakdown(region.drill(), Dimension.REGION)) {
                        rows.add(row(child, region.label(), child.label()));
                    }
                }
            }
            tables.add(table(levelName(grandchildLength), title, stamp, foot,
                    List.of(Column.text(levelName(childLength)).withWidth(16), Column.text(levelName(grandchildLength)).withWidth(24)), rows));
        }
        tables.add(table("学校", title, stamp, foot, List.of(Column.text("学校").withWidth(32)),
                cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL).stream().map(r -> row(r, r.label())).toList()));
        tables.add(table("资助项目", title, stamp, foot, List.of(Column.text("资助项目").withWidth(30)),
                cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME).stream().map(r -> row(r, r.label())).toList()));
        tables.add(table("学段", title, stamp, foot, List.of(Column.text("学段").withWidth(14)),
                cube.breakdown(SummaryFilter.NONE, Dimension.STAGE).stream().map(r -> row(r, r.label())).toList()));
        List<List<Object>> schoolProgrammes = new ArrayList<>();
        for (SummaryRow school : cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL)) {
            for (SummaryRow programme : cube.breakdown(school.drill(), Dimension.PROGRAMME)) {
                schoolProgrammes.add(row(programme, school.label(), programme.label()));
            }
        }
        tables.add(table("学校分项目", title, stamp, foot,
                List.of(Column.text("学校").withWidth(32), Column.text("资助项目").withWidth(26)), schoolProgrammes));
        return tables;
    }

    /** The name of a division level by its code length, for column headers and sheet names. */
    public static String levelName(int codeLength) {
        return switch (codeLength) {
            case 2 -> "省";
            case 4 -> "市（州）";
            case 6 -> "县（市、区）";
            case 9 -> "乡镇（街道）";
            default -> "村（社区）";
        };
    }

    private static FormWorkbook.Table table(String sheet, String title, String stamp, List<String> foot, List<Column> labels, List<List<Object>> rows) {
        List<Column> columns = new ArrayList<>(labels);
        columns.add(AWARDS);
        columns.add(AMOUNT);
        return new FormWorkbook.Table("按" + sheet, title + "（按" + sheet + "）", stamp, columns, rows, foot);
    }

    private static List<Object> row(SummaryRow row, String... labels) {
        List<Object> values = new ArrayList<>(Arrays.asList((Object[]) labels));
        values.add(row.figures().awards());
        values.add(row.figures().amount());
        return values;
    }
}
