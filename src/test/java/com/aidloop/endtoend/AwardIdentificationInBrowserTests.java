package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.ConfirmationFixtures;
import com.aidloop.award.Rosters;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Awards rest on an identification, in a real browser with the demo county account: the county
 * makes the living subsidy 必须认定 on 认定要求, a roster whose second pupil holds no identification is
 * refused naming the row, the column and the fix, and the same roster without that row is imported
 * (its identified pupil's blank 困难等级 filled from the identification). On 资助确认 a transition
 * year confirms awards without identification and lists them; once required, confirming them is
 * refused with the students named.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AwardIdentificationInBrowserTests {

    private static final String SUBSIDY = "PRIMARY_LIVING_SUBSIDY";
    private static final Term TERM = new Term(Applications.currentSchoolYear(), Term.Semester.AUTUMN);
    /** A term of its own for the confirmation page, whose school year nobody is identified for. */
    private static final Term CONFIRMATION_TERM = Term.parse("2037-SPRING");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryManagement registry;

    @Autowired
    ApplicationContext context;

    private DecidedStudents decided;
    private Long identifiedStudent;
    private Path dir;

    @BeforeEach
    @AfterEach
    void theCountysDefault() {
        jdbc.sql("DELETE FROM programme_identification_setting WHERE county_code = '430626'")
                .update();
        ConfirmationFixtures.clear(jdbc, CONFIRMATION_TERM);
    }

    @AfterEach
    void removeWhatWasMade() throws Exception {
        if (identifiedStudent != null) {
            jdbc.sql("DELETE FROM award_award WHERE term = :term AND student_id = :student")
                    .param("term", TERM.code())
                    .param("student", identifiedStudent)
                    .update();
        }
        if (decided != null) {
            decided.remove();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void onceRequiredARowWithoutIdentificationIsRefusedAndTheRosterWithoutItImported() throws Exception {
        decided = new DecidedStudents(context);
        long application = decided.inOneClass(1).getFirst();
        Rosters.Line identified = identified(application).set(RosterColumn.DIFFICULTY_LEVEL, "");
        Rosters.Line unidentified = Rosters.pupil("严未认").set(RosterColumn.TERM, TERM.label());
        dir = Files.createTempDirectory("award-identification");
        Path refused = Rosters.xlsx(dir.resolve("资助名单-未认定.xlsx"), List.of(identified, unidentified));
        Path corrected = Rosters.xlsx(dir.resolve("资助名单-已删除.xlsx"), List.of(identified));

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", DemoStaff.PASSWORD);
            browser.go("/programmes/identification-rules");
            new Select(browser.find("#rule-" + SUBSIDY)).selectByValue("REQUIRED");
            browser.find("#save-" + SUBSIDY).click();
            assertThat(browser.textShowing("#notice", "已设置认定要求")).endsWith("必须认定（拒绝）");

            browser.find("#menu-roster-imports").click();
            browser.find("#new-import").click();
            new Select(browser.find("#term")).selectByValue(TERM.code());
            browser.find("#file").sendKeys(refused.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            WebElement missing = browser.find("tr[data-problem-row][data-code='award.identification.missing']");
            assertThat(missing.getText())
                    .startsWith("第3行 资助档次：")
                    .contains("须以" + TERM.schoolYear() + "已生效的家庭经济困难认定为前提")
                    .contains("请先完成认定或删除该行");
            assertThat(browser.driver().findElements(By.cssSelector("#commit"))).isEmpty();
            browser.screenshot("roster-import-identification-refused");

            browser.find("#again").click();
            new Select(browser.find("#term")).selectByValue(TERM.code());
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-code='award.identification.missing']")))
                    .isEmpty();
            assertThat(browser.find("tr[data-problem-row][data-code='award.identification.levelFilled']")
                            .getText())
                    .startsWith("第2行 困难等级：提示：未填写，已按学生" + TERM.schoolYear() + "的认定填为");
            browser.findOnResult("[data-testid=confirm-commit]").click();
            browser.waitForImportStatus("已导入");
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("1");
        }
    }

    @Test
    void theConfirmationPageListsAwardsWithoutIdentificationAndRefusesThemOnceRequired() throws Exception {
        long sanshi = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        long anding = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.ANDING_PRIMARY);
        ConfirmationFixtures.livingSubsidy(jdbc, CONFIRMATION_TERM, ConfirmationFixtures.SANSHI_PRIMARY, 0);
        ConfirmationFixtures.livingSubsidy(jdbc, CONFIRMATION_TERM, ConfirmationFixtures.SANSHI_PRIMARY, 1);
        ConfirmationFixtures.livingSubsidy(jdbc, CONFIRMATION_TERM, ConfirmationFixtures.ANDING_PRIMARY, 0);

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", DemoStaff.PASSWORD);
            browser.go("/award-confirmations?term=" + CONFIRMATION_TERM.code());
            row(browser, sanshi).findElement(By.cssSelector(".confirm-line")).click();
            assertThat(browser.find("#confirmation-done").getText()).contains("2人");
            WebElement warning = browser.find("#confirmation-identification-warning");
            assertThat(warning.getText())
                    .contains("过渡期提示：其中2名学生没有" + CONFIRMATION_TERM.schoolYear() + "已生效且等级与资助档次相符的家庭经济困难认定，本次仍已确认");
            assertThat(warning.findElements(By.cssSelector("tbody tr")))
                    .hasSize(2)
                    .allSatisfy(tr -> assertThat(tr.getText())
                            .contains("********", "没有" + CONFIRMATION_TERM.schoolYear() + "已生效的认定"));
            browser.screenshot("award-confirmations-identification-warning");

            browser.go("/programmes/identification-rules");
            new Select(browser.find("#rule-" + SUBSIDY)).selectByValue("REQUIRED");
            browser.find("#save-" + SUBSIDY).click();
            browser.textShowing("#notice", "已设置认定要求");
            browser.go("/award-confirmations?term=" + CONFIRMATION_TERM.code());
            row(browser, anding).findElement(By.cssSelector(".confirm-school")).click();
            WebElement refused = browser.find("#confirmation-refused");
            assertThat(refused.getText()).contains("确认未通过，未确认任何资助：家庭经济困难认定", "请学校先完成认定");
            assertThat(refused.findElements(By.cssSelector("[data-rule=IDENTIFICATION] tbody tr")))
                    .singleElement()
                    .satisfies(tr -> assertThat(tr.getText()).contains("********", "寄宿生须为特别困难、比较困难、一般困难"));
            browser.screenshot("award-confirmations-identification-refused");
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM award_award WHERE term = :term AND school_id = :school AND confirmed_at IS NOT NULL")
                        .param("term", CONFIRMATION_TERM.code())
                        .param("school", anding)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A roster line of the decided student of an application, as the registry holds the student. */
    private Rosters.Line identified(long applicationId) {
        identifiedStudent = jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
        RevealedStudent revealed =
                registry.reveal(identifiedStudent, Rosters.countyStaff().scope());
        return Rosters.pupil(revealed.name())
                .set(RosterColumn.ID_NUMBER, revealed.idNumber())
                .set(RosterColumn.GRADE, decided.grade(applicationId))
                .set(RosterColumn.CLASS_NAME, decided.className(applicationId))
                .set(RosterColumn.TERM, TERM.label());
    }

    private static WebElement row(Chromium browser, long schoolId) {
        return browser.driver()
                .findElement(By.cssSelector("tr[data-school-id='" + schoolId + "'][data-programme=" + SUBSIDY + "]"));
    }
}
