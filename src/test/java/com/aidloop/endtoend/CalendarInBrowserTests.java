package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.testing.DemoStaff;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
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
 * The holiday calendar (节假日安排) in a real browser: the system administrator (周志强) opens it from
 * the menu, looks at a year, enters a day as 放假, changes it to 调休上班 and removes it again; the
 * county's staff (李芳) see the shipped 2026 arrangement without any control to change it, and a
 * change sent by their session anyway is refused (403) and stores nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A day of a far year no other test touches, so that the shared database holds no entry of it. */
    private final LocalDate day = LocalDate.of(
                    2080 + ThreadLocalRandom.current().nextInt(20), 3, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(200));

    @AfterEach
    void removeTheDay() {
        jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", day).update();
    }

    @Test
    void theSystemAdministratorEntersChangesAndRemovesADay() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("sysadmin", DemoStaff.PASSWORD);
            browser.go("/");
            browser.find("#menu-calendar-admin").click();
            assertThat(browser.textShowing("#calendar-year", "年节假日安排"))
                    .contains(String.valueOf(LocalDate.now().getYear()));

            browser.go("/calendar?year=" + day.getYear());
            assertThat(browser.find("#calendar-year").getText()).isEqualTo(day.getYear() + "年节假日安排");
            assertThat(browser.driver().findElements(By.cssSelector("#days tr[data-day='" + day + "']")))
                    .isEmpty();

            enter(browser, "HOLIDAY", "测试纪念日");
            assertThat(browser.textShowing("#notice", "已保存")).contains(day.toString(), "测试纪念日", "放假");
            String row = "#days tr[data-day='" + day + "']";
            assertThat(browser.find(row).getText()).contains("测试纪念日", "放假", "已确认");

            enter(browser, "WORKDAY", "测试调休");
            assertThat(browser.textShowing("#notice", "调休上班")).contains("测试调休");
            assertThat(browser.find(row).getText()).contains("测试调休", "调休上班").doesNotContain("放假");
            assertThat(browser.driver().findElements(By.cssSelector(row))).hasSize(1);
            browser.screenshot("calendar-admin");

            browser.find(row + " .remove-day").click();
            assertThat(browser.textShowing("#notice", "已删除")).contains(day.toString());
            assertThat(browser.driver().findElements(By.cssSelector(row))).isEmpty();
        }
        assertThat(entries()).isZero();
    }

    @Test
    void theCountySeesTheCalendarButCannotChangeIt() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", DemoStaff.PASSWORD);
            browser.go("/");
            browser.find("#menu-calendar").click();
            browser.go("/calendar?year=2026");
            assertThat(browser.find("#days tr[data-day='2026-10-01']").getText())
                    .contains("国庆节", "放假");
            assertThat(browser.find("#read-only").getText()).contains("仅供查看");
            assertThat(browser.driver().findElements(By.cssSelector("#set-day, #edit-day, .remove-day, #confirm-year")))
                    .isEmpty();

            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            const token = document.querySelector('meta[name=_csrf]').content;
                            const header = document.querySelector('meta[name=_csrf_header]').content;
                            fetch('/calendar', {method: 'POST', redirect: 'manual',
                                    headers: {[header]: token, 'Content-Type': 'application/x-www-form-urlencoded'},
                                    body: 'day=%s&kind=HOLIDAY&name=%s'})
                                .then(r => done(r.status), e => done(String(e)));
                            """.formatted(day, "县里自定"));
            assertThat(status).isEqualTo(403L);
        }
        assertThat(entries()).isZero();
    }

    private void enter(Chromium browser, String kind, String name) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", browser.find("#day"), day.toString());
        new Select(browser.find("#kind")).selectByValue(kind);
        browser.find("#name").clear();
        browser.find("#name").sendKeys(name);
        browser.find("#save-day").click();
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = :day")
                .param("day", day)
                .query(Long.class)
                .single();
    }
}
