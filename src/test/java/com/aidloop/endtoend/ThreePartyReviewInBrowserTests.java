package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three-party review in a real browser with the demo county's people: 三市镇中心小学 (张敏) decides two
 * class-reviewed applications of families of 刘明's village; 刘明 confirms one and returns the other
 * to the school, which corrects the level and decides again; 刘明 confirms it after a home visit;
 * 陈静 (township) passes both at once; 李芳 (county) sees them counted on the home page and approves
 * both at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThreePartyReviewInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_three_party_review WHERE application_id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void schoolVillageTownshipAndCountyReviewWithAReturnToTheSchool() throws Exception {
        CurrentAccount school = schoolStaff();
        String village = jdbc.sql("SELECT region_code FROM iam_account WHERE username = 'village'")
                .query(String.class)
                .single();
        List<Long> students = jdbc.sql("""
                        SELECT s.id FROM registry_student s
                         WHERE s.school_id = :school AND s.household_village_code = :village
                           AND NOT EXISTS (SELECT 1 FROM identification_application a WHERE a.student_id = s.id)
                         ORDER BY s.id LIMIT 2
                        """)
                .param("school", school.schoolId())
                .param("village", village)
                .query(Long.class)
                .list();
        assertThat(students).hasSize(2);
        long confirmed = classReviewed(students.get(0), school);
        long corrected = classReviewed(students.get(1), school);

        try (Chromium browser = Chromium.open(port)) {
            as(browser, "school");
            for (long id : made) {
                browser.go("/identification/applications/" + id);
                browser.tap("#decide");
                assertThat(browser.find("#status").getText()).isEqualTo("三方会审中");
            }

            as(browser, "village");
            assertThat(browser.find("#three-party-tasks").getText()).contains("村级核实");
            browser.find(".three-party-task a").click();
            browser.find("#queue tr[data-id='" + confirmed + "'] a").click();
            assertThat(browser.find("#family-facts").getText()).contains("李建国", "9000", "大病");
            browser.tap("#verdict-true");
            browser.tap("#village-submit");
            assertThat(browser.textShowing("#notice", "村级核实已记录")).contains("已送乡镇审核");
            browser.go("/identification/three-party/" + corrected);
            browser.find("#return-reason").sendKeys("父亲已外出务工，年收入与申请不符");
            browser.tap("#return-submit");
            assertThat(browser.textShowing("#notice", "已退回")).contains("已退回学校");

            as(browser, "school");
            browser.go("/identification/three-party");
            assertThat(browser.find("#queue tr[data-id='" + corrected + "'] .return-reason")
                            .getText())
                    .contains("年收入与申请不符");
            browser.find("#queue tr[data-id='" + corrected + "'] a").click();
            new Select(browser.find("#level")).selectByVisibleText("一般困难");
            browser.find("#decision-reason").sendKeys("村级核实父亲外出务工，调整为一般困难");
            browser.tap("#decide");
            assertThat(browser.find("#status").getText()).isEqualTo("三方会审中");

            as(browser, "village");
            browser.go("/identification/three-party/" + corrected);
            browser.tap("#verdict-true");
            new Select(browser.find("#visit-method")).selectByVisibleText("实地");
            browser.find("#visit-by").sendKeys("刘明");
            browser.find("#visit-finding").sendKeys("父亲外出务工，母亲在家照顾老人");
            browser.tap("#village-submit");
            assertThat(browser.textShowing("#notice", "村级核实已记录")).contains("已送乡镇审核");

            as(browser, "township");
            browser.go("/identification/three-party?step=TOWNSHIP");
            for (long id : made) {
                browser.tap("#queue tr[data-id='" + id + "'] input[name=ids]");
            }
            browser.tap("#bulk-pass");
            browser.find("#confirm-ok").click();
            assertThat(browser.textShowing("#notice", "已审核通过")).contains("已审核通过2份");

            as(browser, "county");
            assertThat(browser.find("#three-party-tasks").getText()).contains("县级审批");
            browser.find(".three-party-task a").click();
            new Select(browser.find("#filter-school")).selectByValue(String.valueOf(school.schoolId()));
            browser.find("#filter button").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("school="));
            for (long id : made) {
                browser.tap("#queue tr[data-id='" + id + "'] input[name=ids]");
            }
            browser.screenshot("three-party-county-queue");
            browser.tap("#bulk-approve");
            browser.find("#confirm-ok").click();
            assertThat(browser.textShowing("#notice", "已审批通过")).contains("已审批通过2份");
        }
        assertThat(jdbc.sql("SELECT status FROM identification_application WHERE id = ANY(:ids)")
                        .param("ids", made.toArray(Long[]::new))
                        .query(String.class)
                        .list())
                .containsExactly("APPROVED", "APPROVED");
        assertThat(jdbc.sql("SELECT decided_level FROM identification_application WHERE id = :id")
                        .param("id", corrected)
                        .query(String.class)
                        .single())
                .isEqualTo("GENERAL");
    }

    private static void as(Chromium browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
        browser.go("/");
    }

    private CurrentAccount schoolStaff() {
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        return new CurrentAccount(-81, "school-e2e-tp", "测试", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }

    /** An application submitted with an orphan's direct recognition (suggested 特别困难) and class reviewed. */
    private long classReviewed(long student, CurrentAccount school) {
        long id = applications.start(student, Source.PAPER, school);
        made.add(id);
        applications.revise(
                id,
                new ApplicationForm(
                        List.of(new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.MAJOR_ILLNESS)),
                        Incomes.NONE,
                        Set.of("GUER"),
                        "自有住房",
                        List.of(),
                        new Siblings(0, 1, 0, 0, 0),
                        Map.of(),
                        new Commitment("王秀英", LocalDate.now())),
                school);
        applications.consent(id, "王秀英", true, true, school);
        submitting.submit(id, school);
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        return id;
    }
}
