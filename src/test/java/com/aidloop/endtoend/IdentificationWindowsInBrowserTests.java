package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.registry.FamilyStudents;
import com.aidloop.school.SchoolManagement;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 认定年度 in a real browser: the county's aid centre (李芳) sees the demo's open 2026学年 with the
 * guardians told, opens a year ahead (2032学年, removed afterwards with its messages) and closes it
 * early after confirming; the school (张敏) opens a late window for one pupil with a reason from the
 * pupil's page and finds it in the school's list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentificationWindowsInBrowserTests {

    static final int YEAR = 2032;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @BeforeEach
    @AfterEach
    void withoutTheYearAheadNorLateWindowsOfTheTest() {
        jdbc.sql("""
                        DELETE FROM notification_sms WHERE dedup_key LIKE 'identification-window:' || (
                            SELECT id FROM identification_window WHERE county_code = '430626' AND school_year = :y) || ':%'
                        """).param("y", YEAR).update();
        jdbc.sql("DELETE FROM identification_window WHERE county_code = '430626' AND school_year = :y")
                .param("y", YEAR)
                .update();
        jdbc.sql("DELETE FROM identification_late_window WHERE reason LIKE '突发困难:浏览器测试%'")
                .update();
    }

    @Test
    void theCountyOpensAYearAheadAndClosesItEarly() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", DemoStaff.PASSWORD);
            browser.find("#menu-identification-windows").click();
            int demoYear = LocalDate.now().getMonthValue() >= 8
                    ? LocalDate.now().getYear()
                    : LocalDate.now().getYear() - 1;
            WebElement demo = browser.find("#windows tr[data-year='" + demoYear + "']");
            assertThat(demo.getText()).contains(demoYear + "学年").contains("申请中");
            assertThat(Integer.parseInt(browser.find("#windows tr[data-year='" + demoYear + "'] .notified")
                            .getText()
                            .replace("人", "")))
                    .isPositive();

            WebElement year = browser.find("#schoolYear");
            year.clear();
            year.sendKeys(String.valueOf(YEAR));
            browser.find("#open").click();
            assertThat(browser.textShowing("#notice", YEAR + "学年")).contains("已开启" + YEAR + "学年认定");
            browser.find("#windows tr[data-year='" + YEAR + "'] .close-window").click();
            assertThat(browser.find("#confirm-message").getText()).contains(YEAR + "学年");
            browser.find("#confirm-ok").click();
            assertThat(browser.textShowing("#notice", "已关闭")).contains("已关闭" + YEAR + "学年认定");
            assertThat(browser.find("#windows tr[data-year='" + YEAR + "'] .state")
                            .getText())
                    .isEqualTo("已关闭");
            browser.screenshot("identification-windows");
        }
    }

    @Test
    void theSchoolOpensALateWindowForOnePupil() throws Exception {
        FamilyStudents.FamilyStudent pupil =
                FamilyCodesSent.sanshiPrimaryGuardians(students, schools).get(3).student();
        try (Chromium browser = Chromium.open(port)) {
            browser.login("school", DemoStaff.PASSWORD);
            assertThat(browser.find("#identification-window").getText())
                    .contains("学年")
                    .contains("申请期");
            assertThat(browser.find("#identification-window-state").getText()).isEqualTo("申请中");
            browser.go("/students/" + pupil.id());
            browser.find("#open-late").click();
            assertThat(browser.find("#late-student").getText()).isEqualTo(pupil.name());
            WebElement reason = browser.find("#reason");
            reason.clear();
            reason.sendKeys("突发困难：浏览器测试，家中遭受火灾");
            browser.find("#open-late").click();
            assertThat(browser.textShowing("#notice", "补充申请")).startsWith("已为该学生开启补充申请");
            assertThat(browser.find("#late-windows").getText())
                    .contains(pupil.name())
                    // kept as normalised text: full-width punctuation becomes half-width
                    .contains("突发困难:浏览器测试,家中遭受火灾")
                    .contains("张敏");
        }
    }
}
