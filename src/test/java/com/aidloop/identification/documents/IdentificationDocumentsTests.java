package com.aidloop.identification.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.AdjustmentRequest;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.ReviewNotFound;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.identification.documents.ApplicationFormPrinting.Printed;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.testing.SchoolPupils;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The identification documents opened with POI: the application form (A4 portrait, ID number
 * masked, members with income and health, the class's verdict, the decision and its adjustment;
 * printing audited), the class review minutes and the result summary by school and class (A4, the
 * header repeated, 合计 counts, page numbers); outside the reach 404.
 */
@SpringBootTest
class IdentificationDocumentsTests {

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews threeParty;

    @Autowired
    ClassReviews reviews;

    @Autowired
    AdjustingIdentification adjusting;

    @Autowired
    ApplicationFormPrinting forms;

    @Autowired
    ReviewDocuments documents;

    @Autowired
    JdbcClient jdbc;

    CurrentAccount school;
    CurrentAccount otherSchool;
    private final List<Long> made = new ArrayList<>();
    private final List<Long> meetings = new ArrayList<>();

    @BeforeEach
    void accounts() {
        school = staff(-81, "2143062611");
        otherSchool = staff(-82, "2143062612");
    }

    @AfterEach
    void removeWhatWasMade() {
        jdbc.sql("DELETE FROM identification_class_review WHERE id = ANY(:ids)")
                .param("ids", meetings.toArray(Long[]::new))
                .update();
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void theApplicationFormIsAnA4PageWithTheMaskedIdTheHouseholdTheVerdictAndEveryDecision() throws Exception {
        long id = reviewedAndDecided("同意，情况属实");
        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.FAIRLY, "母亲就业，家庭收入增加", null, false), school);

        Printed printed = forms.print(id, school);

        assertThat(printed.fileName()).endsWith("家庭经济困难学生认定申请表.xlsx");
        try (XSSFWorkbook book = open(printed)) {
            XSSFSheet sheet = book.getSheetAt(0);
            String text = text(sheet);
            assertThat(cell(sheet, 0, 0)).isEqualTo("家庭经济困难学生认定申请表");
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 7);
            assertThat(text).contains("李建国", "父亲", "9,000.00", "大病", "王秀英", "健康", "孤儿");
            assertThat(text).containsPattern("\\d{6}\\*{8}\\d{3}[0-9X]");
            assertThat(text).contains("同意（同意5票、不同意1票、弃权0票），意见：同意，情况属实");
            assertThat(text).contains("学校认定意见", "特别困难", "学期动态调整", "比较困难，理由：母亲就业，家庭收入增加");
            assertThat(text).contains("本人承诺以上所填写资料真实");
            a4(sheet, false);
        }
        assertThat(jdbc.sql("""
                        SELECT summary FROM audit_event
                         WHERE object_type = 'identification_application' AND object_id = :id AND action = 'REVEAL'
                        """)
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .anyMatch(s -> s.startsWith("打印认定申请表"));
        assertThatThrownBy(() -> forms.print(id, otherSchool)).isInstanceOf(ApplicationNotFound.class);
    }

    @Test
    void theMinutesListEachApplicationsVerdictAndVotesWithoutIncomeOrHealth() throws Exception {
        long id = reviewedAndDecided("家庭困难属实");
        long meeting = meetings.getLast();
        String name = applications.get(id, school).facts().studentName();

        Printed printed = documents.minutes(meeting, school);

        try (XSSFWorkbook book = open(printed)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(cell(sheet, 0, 0)).endsWith("学年家庭经济困难学生认定班级评议记录").startsWith("平江县三市镇中心小学");
            assertThat(cell(sheet, 3, 1)).isEqualTo("学生姓名");
            assertThat(sheet.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(sheet, 4, 1)).isEqualTo(name);
            assertThat(cell(sheet, 4, 2)).isEqualTo("同意");
            assertThat(cell(sheet, 4, 3)).isEqualTo("5");
            assertThat(cell(sheet, 4, 6)).isEqualTo("家庭困难属实");
            assertThat(text(sheet)).contains("班主任 张老师", "评议小组成员（签字）").doesNotContain("9,000", "大病");
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(3);
            a4(sheet, false);
        }
        assertThatThrownBy(() -> documents.minutes(meeting, otherSchool)).isInstanceOf(ReviewNotFound.class);
    }

    @Test
    void theSummaryCountsEachClassByLevelWithATotalAndNamesTheDecidedStudents() throws Exception {
        long id = reviewedAndDecided("同意");
        String className = applications.get(id, school).facts().className();
        String name = applications.get(id, school).facts().studentName();
        int year = Applications.currentSchoolYear();

        Printed printed = documents.summary(year, school);

        try (XSSFWorkbook book = open(printed)) {
            XSSFSheet counts = book.getSheet("汇总");
            assertThat(cell(counts, 0, 0)).isEqualTo("平江县三市镇中心小学" + year + "学年家庭经济困难学生认定结果汇总表");
            assertThat(cell(counts, 2, 4)).isEqualTo("申请人数");
            Row classRow = rowOf(counts, className);
            long expected = jdbc.sql("""
                            SELECT count(*) FROM identification_application a JOIN school_school s ON s.id = a.school_id
                             WHERE s.code = '2143062611' AND a.school_year = :year AND a.class_name = :c
                               AND a.status IN ('DECIDED', 'APPROVED') AND a.decided_level = 'SPECIAL'
                            """)
                    .param("year", year)
                    .param("c", className)
                    .query(Long.class)
                    .single();
            assertThat((long) classRow.getCell(6).getNumericCellValue())
                    .isEqualTo(expected)
                    .isPositive();
            Row total = rowOf(counts, "合计");
            double sum = 0;
            for (Row r : counts) {
                if (r.getRowNum() > 2 && r.getRowNum() < total.getRowNum()) {
                    sum += r.getCell(4).getNumericCellValue();
                }
            }
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(sum);
            assertThat(text(counts)).contains("经办人", "填报日期");
            a4(counts, true);
            XSSFSheet names = book.getSheet("认定名单");
            assertThat(text(names)).contains(name).doesNotContain("9,000");
            a4(names, false);
        }
    }

    @Test
    void theSummaryCountsAnApplicationInThreePartyReviewAsWaitingAndEveryClassAddsUp() throws Exception {
        long id = reviewedAndDecidedInReview("同意");
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);
        String className = applications.get(id, school).facts().className();
        int year = Applications.currentSchoolYear();

        Printed printed = documents.summary(year, school);

        try (XSSFWorkbook book = open(printed)) {
            XSSFSheet counts = book.getSheet("汇总");
            assertThat(cell(counts, 2, 10)).isEqualTo("待认定");
            long pending = jdbc.sql("""
                            SELECT count(*) FROM identification_application a JOIN school_school s ON s.id = a.school_id
                             WHERE s.code = '2143062611' AND a.school_year = :year AND a.class_name = :c
                               AND a.status IN ('SUBMITTED', 'CLASS_REVIEWED', 'RETURNED', 'THREE_PARTY_REVIEW')
                            """)
                    .param("year", year)
                    .param("c", className)
                    .query(Long.class)
                    .single();
            assertThat((long) rowOf(counts, className).getCell(10).getNumericCellValue())
                    .isEqualTo(pending)
                    .isPositive();
            Row total = rowOf(counts, "合计");
            for (Row r : counts) {
                if (r.getRowNum() > 2 && r.getRowNum() <= total.getRowNum()) {
                    assertThat(r.getCell(4).getNumericCellValue())
                            .as("申请人数 = 已认定 + 待认定 in row %d", r.getRowNum())
                            .isEqualTo(r.getCell(5).getNumericCellValue()
                                    + r.getCell(10).getNumericCellValue());
                }
            }
        }
    }

    static void a4(XSSFSheet sheet, boolean landscape) {
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getLandscape()).isEqualTo(landscape);
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
    }

    static XSSFWorkbook open(Printed printed) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(printed.content()));
    }

    static String cell(XSSFSheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            row.forEach(c -> all.append(format.formatCellValue(c)).append('|'));
            all.append('\n');
        }
        return all.toString();
    }

    static Row rowOf(XSSFSheet sheet, String value) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            for (var c : row) {
                if (format.formatCellValue(c).equals(value)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + value);
    }

    /** Submitted (孤儿: 特别困难 suggested), reviewed by the class with 5:1:0 votes, decided as suggested. */
    long reviewedAndDecided(String opinion) {
        long id = reviewedAndDecidedInReview(opinion);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        return id;
    }

    /** As {@link #reviewedAndDecided}, left in three-party review (the school is a primary school). */
    long reviewedAndDecidedInReview(String opinion) {
        long student = SchoolPupils.withoutApplication(jdbc, "2143062611");
        long id = applications.start(student, Source.PAPER, school);
        made.add(id);
        applications.revise(id, form(), school);
        applications.consent(id, "王秀英", true, true, school);
        submitting.submit(id, school);
        String className = applications.get(id, school).facts().className();
        meetings.add(reviews.hold(
                new ClassReview(
                        null,
                        className,
                        0,
                        LocalDate.now(),
                        "张老师",
                        "学生代表甲",
                        "家长代表乙",
                        List.of(new VerdictLine(id, Verdict.AGREE, 5, 1, 0, opinion))),
                school));
        deciding.decideAsSuggested(List.of(id), school);
        return id;
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.MAJOR_ILLNESS),
                        new Member("王秀英", "母亲", 40, "无业人员（无收入）", "", new BigDecimal("3000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of("GUER"),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of("HOME_REGION", "集中连片特困地区"),
                new Commitment("王秀英", LocalDate.now()));
    }

    CurrentAccount staff(long id, String schoolCode) {
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", schoolCode)
                .query(Long.class)
                .single();
        return new CurrentAccount(id, "school-" + schoolCode, "测试", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }
}
