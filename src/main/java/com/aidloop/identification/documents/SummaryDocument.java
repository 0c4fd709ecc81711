package com.aidloop.identification.documents;

import com.aidloop.identification.documents.persistence.DocumentStore.ClassCount;
import com.aidloop.identification.documents.persistence.DocumentStore.Decided;
import com.aidloop.spreadsheet.OfficialSheet;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 认定结果汇总表 of a school year, by school and class, A4 landscape: one sheet counting each
 * class's applications and decisions by level with a 合计 row, one sheet naming the decided
 * students (name, class, level, the score's suggestion, whether adjusted during the year). No ID
 * number, income, health or evidence.
 */
final class SummaryDocument {

    static final String TITLE = "家庭经济困难学生认定结果汇总表";
    private static final String SIGNATURES = "经办人：　　　　　　审核人：　　　　　　负责人：";

    private SummaryDocument() {}

    static void write(
            String unit,
            int schoolYear,
            List<ClassCount> counts,
            List<Decided> decided,
            Map<Long, String> schoolNames,
            LocalDate filledOn,
            OutputStream out) {
        XSSFWorkbook book = new XSSFWorkbook();
        counts(book, unit, schoolYear, counts, schoolNames, filledOn);
        names(book, unit, schoolYear, decided, schoolNames, filledOn);
        OfficialSheet.write(book, out);
    }

    private static void counts(
            XSSFWorkbook book,
            String unit,
            int year,
            List<ClassCount> counts,
            Map<Long, String> schools,
            LocalDate on) {
        OfficialSheet sheet = new OfficialSheet(book, "汇总", List.of(6, 24, 10, 14, 8, 8, 8, 8, 8, 8, 8), true);
        sheet.title(unit + year + "学年" + TITLE)
                .line("填报单位（盖章）：" + unit + "　　　　单位：人")
                .header(List.of("序号", "学校", "年级", "班级", "申请人数", "已认定", "特别困难", "比较困难", "一般困难", "不困难", "待认定"));
        long[] sums = new long[7];
        int n = 0;
        for (ClassCount c : counts) {
            long[] row = {c.applied(), c.decided(), c.special(), c.fairly(), c.general(), c.notDifficult(), c.waiting()
            };
            List<Object> values =
                    new ArrayList<>(List.of(++n, schools.getOrDefault(c.schoolId(), ""), c.grade(), c.className()));
            for (int i = 0; i < row.length; i++) {
                values.add(row[i]);
                sums[i] += row[i];
            }
            sheet.row(values);
        }
        List<Long> totals = new ArrayList<>(java.util.Arrays.asList(null, null, null));
        for (long s : sums) {
            totals.add(s);
        }
        sheet.totals("合计", totals).gap().line(SIGNATURES).line("填报日期：" + DocumentDates.chinese(on));
    }

    private static void names(
            XSSFWorkbook book, String unit, int year, List<Decided> decided, Map<Long, String> schools, LocalDate on) {
        OfficialSheet sheet = new OfficialSheet(book, "认定名单", List.of(6, 24, 14, 10, 10, 10, 10, 12), false);
        sheet.title(unit + year + "学年家庭经济困难学生认定名单")
                .line("填报单位（盖章）：" + unit)
                .header(List.of("序号", "学校", "班级", "姓名", "认定档次", "评分建议", "量化总分", "学期动态调整"));
        int n = 0;
        for (Decided d : decided) {
            sheet.row(List.of(
                    ++n,
                    schools.getOrDefault(d.schoolId(), ""),
                    d.className(),
                    d.studentName(),
                    d.decided().label(),
                    d.suggested() == null ? "未给出" : d.suggested().label(),
                    d.total() == null ? "" : d.total().stripTrailingZeros().toPlainString(),
                    d.adjusted() ? "已调整" : ""));
        }
        sheet.gap().line(SIGNATURES).line("填报日期：" + DocumentDates.chinese(on));
    }
}
