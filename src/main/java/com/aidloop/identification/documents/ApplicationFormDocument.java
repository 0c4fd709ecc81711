package com.aidloop.identification.documents;

import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.documents.persistence.DocumentStore.VerdictOf;
import com.aidloop.spreadsheet.OfficialSheet;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 家庭经济困难学生认定申请表 of one application, A4 portrait, in the layout of the national
 * template (教财〔2018〕16号): the student, the household members, the family's economy, the
 * commitment instead of certificates, then the score, the class review's and the school's
 * opinions with every semester adjustment. The ID number is masked; income and health are the
 * form's content (printing it is audited as a full view).
 */
final class ApplicationFormDocument {

    static final String TITLE = "家庭经济困难学生认定申请表";
    private static final List<Integer> WIDTHS = List.of(12, 8, 10, 12, 12, 10, 12, 12);

    /** What the form prints beyond the application itself. */
    record Data(
            Application application,
            String schoolName,
            String gender,
            String idNumberMasked,
            Map<String, String> groupNames,
            VerdictOf verdict,
            List<HistoryEntry> history,
            LocalDate printedOn) {}

    private ApplicationFormDocument() {}

    static void write(Data data, OutputStream out) {
        XSSFWorkbook book = new XSSFWorkbook();
        OfficialSheet sheet = new OfficialSheet(book, "申请表", WIDTHS, false);
        Application a = data.application();
        sheet.title(TITLE)
                .line("学校：" + data.schoolName() + "　　年级班级：" + a.facts().grade()
                        + a.facts().className() + "　　认定学年：" + a.facts().schoolYearLabel() + "　　申请方式："
                        + a.facts().source().label());
        student(sheet, data);
        members(sheet, a.form());
        economy(sheet, a.form(), data.groupNames());
        commitment(sheet, a);
        opinions(sheet, data);
        sheet.gap()
                .line("学校学生资助工作领导小组（盖章）：　　　　　　　负责人（签字）：　　　　　　　年　　月　　日")
                .line("打印日期：" + DocumentDates.chinese(data.printedOn()) + "（身份证件号码已脱敏）");
        OfficialSheet.write(book, out);
    }

    private static void student(OfficialSheet sheet, Data data) {
        ApplicationForm form = data.application().form();
        sheet.section("一、学生本人基本情况")
                .cells(
                        List.of(
                                "姓名",
                                data.application().facts().studentName(),
                                "性别",
                                data.gender(),
                                "身份证件号码",
                                data.idNumberMasked()),
                        List.of(1, 1, 1, 1, 1, 3),
                        List.of(true, false, true, false, true, false))
                .cells(
                        List.of(
                                "家庭人口数",
                                form.members().size(),
                                "家庭年收入（元）",
                                form.householdIncome(),
                                "人均年收入（元）",
                                form.perCapitaIncome()),
                        List.of(1, 1, 1, 2, 1, 2),
                        List.of(true, false, true, false, true, false));
    }

    private static void members(OfficialSheet sheet, ApplicationForm form) {
        List<Integer> spans = List.of(1, 1, 1, 2, 1, 1, 1);
        sheet.section("二、家庭成员情况")
                .cells(
                        List.of("姓名", "年龄", "与学生关系", "工作（学习）单位", "职业", "年收入（元）", "健康状况"),
                        spans,
                        List.of(true, true, true, true, true, true, true));
        for (Member m : form.members()) {
            sheet.cells(
                    List.of(
                            m.name(),
                            m.age(),
                            m.relation(),
                            m.employer(),
                            m.job(),
                            m.annualIncome(),
                            m.health().label()),
                    spans,
                    List.of(false, false, false, false, false, false, false));
        }
    }

    private static void economy(OfficialSheet sheet, ApplicationForm form, Map<String, String> groupNames) {
        Incomes i = form.incomes();
        List<Boolean> pairs = List.of(true, false, true, false, true, false, true, false);
        Siblings s = form.siblings();
        sheet.section("三、家庭经济情况")
                .cells(
                        List.of("工资性收入", i.wages(), "农业收入", i.farming(), "经营性收入", i.business(), "转移性收入", i.transfers()),
                        List.of(1, 1, 1, 1, 1, 1, 1, 1),
                        pairs)
                .cells(
                        List.of("其他收入", i.other(), "住房情况", form.housing()),
                        List.of(1, 1, 1, 5),
                        List.of(true, false, true, false))
                .cells(
                        List.of(
                                "特殊群体",
                                form.specialGroups().isEmpty()
                                        ? "无"
                                        : form.specialGroups().stream()
                                                .map(g -> groupNames.getOrDefault(g, g))
                                                .collect(Collectors.joining("、"))),
                        List.of(2, 6),
                        List.of(true, false))
                .cells(
                        List.of(
                                "近一年突发情况",
                                form.emergencies().isEmpty()
                                        ? "无"
                                        : form.emergencies().stream()
                                                .map(ApplicationFormDocument::emergency)
                                                .collect(Collectors.joining("；"))),
                        List.of(2, 6),
                        List.of(true, false))
                .cells(
                        List.of(
                                "在校兄弟姐妹",
                                "学前" + s.preschool() + "人、小学" + s.primary() + "人、初中" + s.juniorSecondary() + "人、高中或中职"
                                        + s.seniorSecondary() + "人、大学" + s.higher() + "人"),
                        List.of(2, 6),
                        List.of(true, false));
    }

    private static void commitment(OfficialSheet sheet, Application a) {
        var c = a.form().commitment();
        Consent consent = a.consent();
        sheet.section("四、承诺与同意")
                .cells(
                        List.of(
                                "学生（监护人）承诺",
                                "本人承诺以上所填写资料真实，如有虚假，愿承担相应责任。承诺人：" + c.signedName() + "　日期："
                                        + (c.signedOn() == null ? "" : DocumentDates.chinese(c.signedOn()))),
                        List.of(2, 6),
                        List.of(true, false))
                .cells(
                        List.of(
                                "个人信息处理同意",
                                consent == null
                                        ? "未记录"
                                        : consent.givenBy() + (consent.byGuardian() ? "（监护人）" : "") + "于"
                                                + DocumentDates.chinese(LocalDate.ofInstant(
                                                        consent.givenAt(), ZoneId.of("Asia/Shanghai")))
                                                + "同意，文本版本" + consent.textVersion()),
                        List.of(2, 6),
                        List.of(true, false));
    }

    private static void opinions(OfficialSheet sheet, Data data) {
        Application a = data.application();
        var s = a.suggestion();
        sheet.section("五、量化评分与认定意见")
                .cells(
                        List.of(
                                "量化总分",
                                s == null || s.total() == null
                                        ? "—"
                                        : s.total().stripTrailingZeros().toPlainString(),
                                "评分建议档次",
                                s == null ? "—" : s.levelLabel(),
                                "说明",
                                "按本县本学年量化指标体系评分，评分仅为建议"),
                        List.of(1, 1, 1, 1, 1, 3),
                        List.of(true, false, true, false, true, false));
        VerdictOf v = data.verdict();
        sheet.cells(
                List.of(
                        "班级评议",
                        v == null
                                ? "未评议"
                                : v.verdict().label() + "（同意" + v.votesFor() + "票、不同意" + v.votesAgainst()
                                        + "票、弃权" + v.votesAbstain() + "票）"
                                        + (v.opinion().isEmpty() ? "" : "，意见：" + v.opinion())
                                        + "，" + DocumentDates.chinese(v.heldOn())),
                List.of(2, 6),
                List.of(true, false));
        if (data.history().isEmpty()) {
            sheet.cells(List.of("学校认定意见", "未认定（" + a.status().label() + "）"), List.of(2, 6), List.of(true, false));
        }
        for (HistoryEntry h : data.history()) {
            String when = DocumentDates.chinese(LocalDate.ofInstant(h.at(), ZoneId.of("Asia/Shanghai")));
            String label = h.adjustment() == null ? "学校认定意见" : "学期动态调整（" + h.termLabel() + "）";
            sheet.cells(
                    List.of(label, h.level().label() + (h.reason().isEmpty() ? "" : "，理由：" + h.reason()) + "，" + when),
                    List.of(2, 6),
                    List.of(true, false));
        }
    }

    private static String emergency(Emergency e) {
        return e.kind().label()
                + (e.date() == null ? "" : "（" + DocumentDates.chinese(e.date()) + "）")
                + (e.note().isEmpty() ? "" : e.note());
    }
}
