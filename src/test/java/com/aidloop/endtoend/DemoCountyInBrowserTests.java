package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county as its staff meet it: the school aid officer of 三市镇中心小学 finds one of her
 * pupils and sees only masked values; her colleague at 安定镇中心小学 cannot open that page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoCountyInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}[\\dX]{4}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolStaffFindAPupilAndSeeMaskedValuesOnlyWhileAnotherSchoolCannotOpenIt() throws Exception {
        record Pupil(long id, String name) {}
        Pupil pupil = jdbc.sql("""
                SELECT s.id, s.name FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                 WHERE sc.code = '2143062611' AND s.card_number_masked IS NOT NULL ORDER BY s.id LIMIT 1""").query(Pupil.class).single();

        try (Chromium browser = Chromium.open(port)) {
            browser.login("school", PASSWORD);
            assertThat(browser.find("main").getText()).contains("学生人数");
            browser.screenshot("demo-school-home");

            browser.go("/students");
            browser.find("#q").sendKeys(pupil.name());
            browser.find("#search").click();
            // the unfiltered first page may list the pupil too: wait for the search's own page
            browser.waitFor(d -> browser.currentPath().contains("q="));
            WebElement row =
                    browser.waitFor(d -> d.findElement(By.cssSelector("tr[data-student-id='" + pupil.id() + "']")));
            String masked = browser.waitFor(
                    d -> row.findElement(By.cssSelector(".al-masked")).getText());
            assertThat(masked).matches(MASKED_ID);
            browser.screenshot("demo-school-search");

            row.findElement(By.cssSelector("a")).click();
            browser.waitFor(d -> browser.currentPath().equals("/students/" + pupil.id()));
            assertThat(browser.find("#id-number").getText()).matches(MASKED_ID);
            String page = browser.find("main").getText();
            assertThat(page)
                    .contains(pupil.name())
                    .containsPattern("\\*{4,}\\d{4}")
                    .doesNotContainPattern("\\d{17}[\\dX]");
            browser.screenshot("demo-school-student");
        }

        try (Chromium browser = Chromium.open(port)) {
            browser.login("school2", PASSWORD);
            browser.go("/students/" + pupil.id());
            String page = browser.find("body").getText();
            assertThat(page).doesNotContain(pupil.name());
            assertThat(browser.driver().getTitle()).doesNotContain(pupil.name());
            browser.screenshot("demo-school2-refused");
        }
    }
}
