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
        Sheets sheets = Sheets.of(issuer, term, filledOn);
        List<FormWorkbook.Table> tables = new ArrayList<>();
        int childLength = SummaryCube.childLength(cube.rootRegion().length());
        List<SummaryRow> regions = cube.breakdown(SummaryFilter.NONE, Dimension.REGION);
        tables.add(sheets.table(
                levelName(childLength),
                List.of(Column.text(levelName(childLength)).withWidth(24)),
                labelled(regions)));
        int grandchildLength = SummaryCube.childLength(childLength);
        if (grandchildLength > 0) {
            tables.add(sheets.table(
                    levelName(grandchildLength),
                    List.of(
                            Column.text(levelName(childLength)).withWidth(16),
                            Column.text(levelName(grandchildLength)).withWidth(24)),
                    regionsBelow(cube, regions)));
        }
        tables.add(sheets.table(
                "学校",
                List.of(Column.text("学校").withWidth(32)),
                labelled(cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL))));
        tables.add(sheets.table(
                "资助项目",
                List.of(Column.text("资助项目").withWidth(30)),
                labelled(cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME))));
        tables.add(sheets.table(
                "学段",
                List.of(Column.text("学段").withWidth(14)),
                labelled(cube.breakdown(SummaryFilter.NONE, Dimension.STAGE))));
        tables.add(sheets.table(
                "学校分项目",
                List.of(Column.text("学校").withWidth(32), Column.text("资助项目").withWidth(26)),
                programmesOfSchools(cube)));
        return tables;
    }

    /** What every sheet of one summary shares: its title, the stamp line and the signature lines. */
    private record Sheets(String title, String stamp, List<String> foot) {

        static Sheets of(Issuer issuer, Term term, LocalDate filledOn) {
            return new Sheets(
                    issuer.title(DocumentKind.SUMMARY, term, null),
                    "填报单位（盖章）：" + issuer.unit(),
                    List.of(
                            issuer.signatures().line(),
                            "填报日期：" + filledOn.getYear() + "年" + filledOn.getMonthValue() + "月"
                                    + filledOn.getDayOfMonth() + "日"));
        }

        FormWorkbook.Table table(String sheet, List<Column> labels, List<List<Object>> rows) {
            List<Column> columns = new ArrayList<>(labels);
            columns.add(AWARDS);
            columns.add(AMOUNT);
            return new FormWorkbook.Table("按" + sheet, title + "（按" + sheet + "）", stamp, columns, rows, foot);
        }
    }

    private static List<List<Object>> labelled(List<SummaryRow> breakdown) {
        return breakdown.stream().map(r -> row(r, r.label())).toList();
    }

    /** The level below the reader's divisions, each row under the division it belongs to. */
    private static List<List<Object>> regionsBelow(SummaryCube cube, List<SummaryRow> regions) {
        List<List<Object>> rows = new ArrayList<>();
        for (SummaryRow region : regions) {
            if (region.drillable() && region.drillBy() == Dimension.REGION) {
                for (SummaryRow child : cube.breakdown(region.drill(), Dimension.REGION)) {
                    rows.add(row(child, region.label(), child.label()));
                }
            }
        }
        return rows;
    }

    private static List<List<Object>> programmesOfSchools(SummaryCube cube) {
        List<List<Object>> rows = new ArrayList<>();
        for (SummaryRow school : cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL)) {
            for (SummaryRow programme : cube.breakdown(school.drill(), Dimension.PROGRAMME)) {
                rows.add(row(programme, school.label(), programme.label()));
            }
        }
        return rows;
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

    private static List<Object> row(SummaryRow row, String... labels) {
        List<Object> values = new ArrayList<>(Arrays.asList((Object[]) labels));
        values.add(row.figures().awards());
        values.add(row.figures().amount());
        return values;
    }
}
