package com.aidloop.identification.figures;

import com.aidloop.identification.documents.DocumentDates;
import com.aidloop.shared.Signatures;
import com.aidloop.spreadsheet.OfficialSheet;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures as the official 家庭经济困难学生认定情况统计表 (.xlsx), in the printed style of the
 * rosters: one sheet each by township, by school and by stage (申请人数, 认定中, 已认定 and each
 * level, with a 合计 row), and one of three-party review's progress by township; the stamp line,
 * blank signature lines and the date under each. Counts only: no name of a student.
 */
public final class FiguresWorkbook {

    public static final String TITLE = "家庭经济困难学生认定情况统计表";
    public static final String REVIEW_TITLE = "家庭经济困难学生认定三方会审进度统计表";
    static final List<String> COUNT_HEADERS = List.of("申请人数", "认定中", "已认定", "特别困难", "比较困难", "一般困难", "不困难");
    static final List<String> REVIEW_HEADERS = List.of("送审", "村级核实中", "乡镇审核中", "县级审批中", "县级已审批", "退回学校", "逾期未办");

    private FiguresWorkbook() {}

    /** The file name of the download, e.g. 平江县2026-2027学年家庭经济困难学生认定情况统计表.xlsx. */
    public static String fileName(String unit, IdentificationFigures.Figures figures) {
        return unit + figures.schoolYearLabel() + TITLE + ".xlsx";
    }

    /** Writes the workbook of the figures, stamped by the unit (e.g. 湖南省岳阳市平江县), dated the given day. */
    public static void write(String unit, IdentificationFigures.Figures f, LocalDate filledOn, OutputStream out) {
        XSSFWorkbook book = new XSSFWorkbook();
        Stamp stamp = new Stamp(unit, f, filledOn);
        counts(book, stamp, "乡镇", f.byTownship());
        counts(book, stamp, "学校", f.bySchool());
        counts(book, stamp, "学段", f.byStage());
        OfficialSheet sheet =
                top(book, "三方会审进度", unit + f.schoolYearLabel() + REVIEW_TITLE, "乡镇", REVIEW_HEADERS, stamp);
        table(sheet, f.reviewsByTownship(), FiguresWorkbook::progress, progress(f.reviewTotal()));
        foot(sheet, filledOn);
        OfficialSheet.write(book, out);
    }

    /** What every sheet states: the unit that stamps it, the figures (their year and region), the day. */
    private record Stamp(String unit, IdentificationFigures.Figures figures, LocalDate on) {}

    private static void counts(XSSFWorkbook book, Stamp stamp, String by, List<FigureRow> rows) {
        String title = stamp.unit() + stamp.figures().schoolYearLabel() + TITLE + "（按" + by + "）";
        OfficialSheet sheet = top(book, "按" + by, title, by, COUNT_HEADERS, stamp);
        table(sheet, rows, FiguresWorkbook::counts, counts(stamp.figures().total()));
        foot(sheet, stamp.on());
    }

    private static OfficialSheet top(
            XSSFWorkbook book, String sheetName, String title, String by, List<String> headers, Stamp stamp) {
        List<Integer> widths = new ArrayList<>(List.of(6, 28));
        headers.forEach(h -> widths.add(10));
        OfficialSheet sheet = new OfficialSheet(book, sheetName, widths, true).title(title);
        sheet.line("填报单位（盖章）：" + stamp.unit() + "　　　　单位：人");
        if (stamp.figures().regionName() != null) {
            sheet.line("统计范围：" + stamp.figures().regionName());
        }
        List<String> names = new ArrayList<>(List.of("序号", by));
        names.addAll(headers);
        return sheet.header(names);
    }

    private static <T> void table(OfficialSheet sheet, List<T> rows, Function<T, List<Long>> cells, List<Long> sums) {
        int n = 0;
        for (T row : rows) {
            List<Object> values = new ArrayList<>(List.of(++n, name(row)));
            values.addAll(cells.apply(row));
            sheet.row(values);
        }
        List<Long> totals = new ArrayList<>();
        totals.add(null);
        totals.addAll(sums);
        sheet.totals("合计", totals);
    }

    private static String name(Object row) {
        return row instanceof FigureRow r ? r.name() : ((ReviewProgressRow) row).name();
    }

    private static void foot(OfficialSheet sheet, LocalDate on) {
        sheet.gap().line(Signatures.blank().line()).line("填报日期：" + DocumentDates.chinese(on));
    }

    private static List<Long> counts(FigureRow r) {
        return List.of(
                r.applied(), r.inProgress(), r.decided(), r.special(), r.fairly(), r.general(), r.notDifficult());
    }

    private static List<Long> progress(ReviewProgressRow r) {
        return List.of(r.sent(), r.village(), r.township(), r.county(), r.approved(), r.returned(), r.overdue());
    }
}
