package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.threeparty.DecidedApplications;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.identification.threeparty.ThreePartySettings;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.StepDeadlines;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county's queue and the printed review record in a real browser: 李芳 (county) sees two
 * applications of 三市镇中心小学 waiting for her with their due day in working days, the one waiting
 * longest flagged 已逾期; she prints its 三方会审记录表 from the queue (A4, every step, the masked ID
 * number), approves both, and prints the school's approved records as a batch; the school prints
 * the record from the application's page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThreePartyRecordInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final String FULL_ID = "[0-9]{17}[0-9X]";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews reviews;

    @Autowired
    ThreePartySettings settings;

    private DecidedApplications decided;

    @BeforeEach
    void fixture() {
        decided = new DecidedApplications(jdbc, applications, submitting, deciding);
    }

    @AfterEach
    void removeTheApplicationsMade() {
        decided.removeAll();
    }

    @Test
    void theCountySeesDueDaysAndAnOverdueFlagAndPrintsTheReviewRecord() throws Exception {
        CurrentAccount school = decided.school();
        long late = decided.decided(school);
        long onTime = decided.decided(school);
        decided.toTheCounty(reviews, late, new HomeVisit(VisitMethod.ON_SITE, LocalDate.now(), "刘明", "父亲住院"));
        decided.toTheCounty(reviews, onTime, null);
        StepDeadlines deadlines = settings.deadlines("430626");
        Instant lateSince = deadlines.overdueIfEnteredBefore(ReviewStep.COUNTY).minusSeconds(3600);
        jdbc.sql("UPDATE identification_three_party_review SET step_since = :at WHERE application_id = :id")
                .param("at", Timestamp.from(lateSince))
                .param("id", late)
                .update();
        int days = deadlines.workingDaysFor(ReviewStep.COUNTY);
        String due =
                deadlines.workingDays().addWorkingDays(deadlines.today(), days).format(DAY);
        String lateName = name(late);

        try (Chromium browser = Chromium.open(port)) {
            as(browser, "county");
            browser.go("/identification/three-party?step=COUNTY&school=" + school.schoolId());
            String onTimeRow = "#queue tr[data-id='" + onTime + "']";
            assertThat(browser.find(onTimeRow + " .due-on").getText()).isEqualTo(due);
            assertThat(browser.find(onTimeRow + " .due-days").getText()).isEqualTo("（" + days + "个工作日）");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(onTimeRow + " .overdue")))
                    .isEmpty();
            String lateRow = "#queue tr[data-id='" + late + "']";
            assertThat(browser.find(lateRow + " .overdue").getText()).isEqualTo("已逾期");
            assertThat(browser.find(lateRow).getAttribute("class")).contains("table-danger");
            assertThat(browser.find("#overdue-count").getText()).startsWith("逾期");
            browser.screenshot("three-party-due-days");
            browser.go("/identification/three-party/" + late);
            assertThat(browser.find("#due-on").getText())
                    .isEqualTo("办理期限 "
                            + deadlines.dueOn(ReviewStep.COUNTY, lateSince).format(DAY));
            browser.go("/identification/three-party?step=COUNTY&school=" + school.schoolId());

            follow(browser, lateRow + " .record-link");
            String record = browser.find(".review-record").getText();
            assertThat(browser.driver().getTitle()).isEqualTo("家庭经济困难学生认定三方会审记录表");
            assertThat(record).contains(lateName, "三市镇中心小学", "属实", "与申请一致", "实地", "刘明", "同意", "尚未审批");
            assertThat(record).contains("村（社区）负责人（签字）", "乡镇（街道）负责人（签字）", "县级学生资助管理中心（盖章）");
            assertThat(browser.find(".review-record .id-number").getText()).matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");
            assertThat(browser.driver().getPageSource())
                    .doesNotContainPattern(FULL_ID)
                    .doesNotContain("父亲住院", "9000");
            browser.screenshot("three-party-record");

            browser.go("/identification/three-party?step=COUNTY&school=" + school.schoolId());
            browser.tap(lateRow + " input[name=ids]");
            browser.tap(onTimeRow + " input[name=ids]");
            browser.tap("#bulk-approve");
            browser.find("#confirm-ok").click();
            assertThat(browser.textShowing("#notice", "已审批通过")).contains("已审批通过2份");

            browser.go("/identification/three-party?step=COUNTY&school=" + school.schoolId());
            follow(browser, "#print-records");
            assertThat(browser.find("#records-count").getText()).startsWith("已审批");
            assertThat(browser.find(".review-record[data-id='" + late + "']").getText())
                    .contains(lateName, "审批通过", "审批人：李芳");
            assertThat(browser.find(".review-record[data-id='" + onTime + "']").getText())
                    .contains("未记录家访");
            assertThat(browser.driver().getPageSource()).doesNotContainPattern(FULL_ID);

            as(browser, "school");
            browser.go("/identification/applications/" + onTime);
            follow(browser, "#print-review-record");
            assertThat(browser.find(".review-record").getText()).contains(name(onTime), "审批通过");
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE object_type = 'identification_three_party' AND object_id = :id AND action = 'EXPORT'
                        """)
                        .param("id", String.valueOf(late))
                        .query(Long.class)
                        .single())
                .as("printed alone and in the batch")
                .isEqualTo(2);
    }

    /** Opens what a link points to in this tab (the page opens it in a new one, for printing). */
    private static void follow(Chromium browser, String css) {
        browser.driver().get(browser.find(css).getAttribute("href"));
    }

    private String name(long id) {
        return jdbc.sql("SELECT student_name FROM identification_application WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static void as(Chromium browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
        browser.go("/");
    }
}
