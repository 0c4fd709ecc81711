package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.testing.SchoolPupils;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A semester adjustment in a real browser, as 三市镇中心小学's aid officer (张敏) does it: a decided
 * student's family had an accident; she opens the application, adjusts it to 特别困难 with the
 * reason, the accident and a photo of the diagnosis, re-scored; the history shows the school's
 * decision and the adjustment; the county had approved the decision, so the adjustment goes back
 * through three-party review (三方会审中); once the county approved it again she downloads the
 * 认定结果汇总表, which names the student as adjusted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdjustmentInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    ClassReviews reviews;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews threeParty;

    private long made = -1;
    private long meeting = -1;

    @AfterEach
    void removeWhatWasMade() {
        jdbc.sql("DELETE FROM identification_class_review WHERE id = :id")
                .param("id", meeting)
                .update();
        jdbc.sql("DELETE FROM identification_application WHERE id = :id")
                .param("id", made)
                .update();
    }

    @Test
    void theSchoolAdjustsOneStudentAndDownloadsTheSummary() throws Exception {
        CurrentAccount school = school();
        made = decidedAtGeneral(school);
        String name = applications.get(made, school).facts().studentName();
        Path photo = Files.createTempFile("diagnosis", ".jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        try (Chromium browser = Chromium.open(port)) {
            browser.login("school", "Pingjiang@2026");
            browser.go("/identification/applications/" + made);
            assertThat(browser.find("#decided").getText()).isEqualTo("一般困难");
            browser.tap("#adjust-link");
            assertThat(browser.find("#adjust-student").getText()).startsWith(name);
            assertThat(browser.find("#review-again").getText()).contains("重新进行三方会审");
            new Select(browser.find("#adjust-level")).selectByVisibleText("特别困难");
            browser.find("#adjust-reason").sendKeys("父亲务工时受伤致残，家庭失去主要收入");
            new Select(browser.find("#change-kind")).selectByVisibleText("突发意外");
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            browser.find("#change-date"),
                            LocalDate.now().minusDays(4).toString());
            browser.find("#change-note").sendKeys("工地事故");
            browser.tap("#rescore");
            browser.find("#adjustment-form input[name=title]").sendKeys("诊断证明");
            browser.find("#adjust-file").sendKeys(photo.toString());
            browser.screenshot("identification-adjustment");
            browser.tap("#adjust");

            assertThat(browser.textShowing("#notice", "动态调整"))
                    .contains("现认定档次：特别困难")
                    .contains("重新送三方会审");
            assertThat(browser.find("#decided").getText()).isEqualTo("特别困难");
            assertThat(browser.find("#status").getText())
                    .as("the county approved the school's decision: its approval is needed again")
                    .isEqualTo("三方会审中");
            assertThat(jdbc.sql("""
                            SELECT step FROM identification_three_party_review WHERE application_id = :id
                            """).param("id", made).query(String.class).single())
                    .isEqualTo("VILLAGE");
            List<String> history = browser.driver().findElements(By.cssSelector("#history .history-row")).stream()
                    .map(r -> r.getText())
                    .toList();
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).contains("学校认定", "一般困难");
            assertThat(history.get(1)).contains("动态调整", "特别困难", "父亲务工时受伤致残", "学期");
            assertThat(browser.find("#evidence").getText()).contains("诊断证明");

            ThreePartyPassage.approve(threeParty, jdbc, List.of(made));
            browser.driver().navigate().refresh();
            assertThat(browser.find("#status").getText()).isEqualTo("县级已审批");

            browser.find("#menu-applications").click();
            byte[] summary = browser.download(browser.find("#download-summary"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(summary))) {
                XSSFSheet counts = book.getSheet("汇总");
                assertThat(counts.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(text(counts)).contains("三市镇中心小学", "认定结果汇总表", "合计");
                Row named = rowOf(book.getSheet("认定名单"), name);
                DataFormatter format = new DataFormatter();
                assertThat(format.formatCellValue(named.getCell(4))).isEqualTo("特别困难");
                assertThat(format.formatCellValue(named.getCell(7))).isEqualTo("已调整");
            }
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    /**
     * An application of the school submitted, reviewed and decided at 一般困难 with a reason (the model
     * suggests none), approved through three-party review.
     */
    private long decidedAtGeneral(CurrentAccount school) {
        long student = SchoolPupils.withoutApplication(jdbc, "2143062611", SchoolPupils.Also.CLASS_AND_OWN_NAME);
        long id = applications.start(student, Source.PAPER, school);
        applications.revise(
                id,
                new ApplicationForm(
                        List.of(
                                new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.HEALTHY),
                                new Member("王秀英", "母亲", 40, "无业", "", new BigDecimal("3000"), Health.HEALTHY)),
                        Incomes.NONE,
                        Set.of(),
                        "自有住房",
                        List.of(),
                        new Siblings(0, 1, 0, 0, 0),
                        Map.of(),
                        new Commitment("王秀英", LocalDate.now())),
                school);
        applications.consent(id, "王秀英", true, true, school);
        submitting.submit(id, school);
        String className = applications.get(id, school).facts().className();
        meeting = reviews.hold(
                new ClassReview(
                        null,
                        className,
                        0,
                        LocalDate.now(),
                        "张老师",
                        "学生代表",
                        "家长代表",
                        List.of(new VerdictLine(id, Verdict.AGREE, 6, 0, 1, "同意"))),
                school);
        deciding.decide(id, com.aidloop.identification.domain.DifficultyLevel.GENERAL, "家庭人均收入低", school);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        return id;
    }

    private CurrentAccount school() {
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        return new CurrentAccount(-75, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            row.forEach(c -> all.append(format.formatCellValue(c)).append('|'));
        }
        return all.toString();
    }

    private static Row rowOf(XSSFSheet sheet, String value) {
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
}
