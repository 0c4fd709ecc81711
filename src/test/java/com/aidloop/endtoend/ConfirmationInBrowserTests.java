package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.ConfirmationFixtures;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.shared.Term;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmation of awards (资助确认) in a real browser with the demo county account: the page shows
 * quota and budget per school and programme, 确认 confirms one line, and a line whose awards would
 * exceed the quota is refused with the rule's name and the awards that break it; 撤销确认 with a
 * reason takes a confirmation back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConfirmationInBrowserTests {

    private static final Term TERM = Term.parse("2035-SPRING");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PayingRulesManagement payingRules;

    @Test
    void countyConfirmsWithinTheQuotaIsRefusedBeyondItAndRevokesAConfirmation() throws Exception {
        ConfirmationFixtures.clear(jdbc, TERM);
        long sanshi = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        long anding = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.ANDING_PRIMARY);
        ConfirmationFixtures.livingSubsidy(jdbc, TERM, ConfirmationFixtures.SANSHI_PRIMARY, 0);
        ConfirmationFixtures.livingSubsidy(jdbc, TERM, ConfirmationFixtures.SANSHI_PRIMARY, 1);
        ConfirmationFixtures.livingSubsidy(jdbc, TERM, ConfirmationFixtures.ANDING_PRIMARY, 0);
        DataScope county = DataScope.region("430626");
        payingRules.setQuota(sanshi, "PRIMARY_LIVING_SUBSIDY", TERM.code(), "1", "", county);
        payingRules.setQuota(anding, "PRIMARY_LIVING_SUBSIDY", TERM.code(), "5", "2500", county);

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.find("#menu-award-confirmations").click();
            browser.go("/award-confirmations?term=" + TERM.code());
            WebElement andingRow = row(browser, anding);
            assertThat(andingRow.findElement(By.cssSelector(".quota")).getText())
                    .isEqualTo("5");
            assertThat(andingRow.findElement(By.cssSelector(".budget")).getText())
                    .isEqualTo("2,500.00");
            browser.screenshot("award-confirmations");

            andingRow.findElement(By.cssSelector(".confirm-line")).click();
            assertThat(browser.find("#confirmation-done").getText())
                    .contains("已确认")
                    .contains("1人");
            assertThat(row(browser, anding).getText()).contains("已确认");

            row(browser, sanshi).findElement(By.cssSelector(".confirm-line")).click();
            WebElement refused = browser.find("#confirmation-refused");
            assertThat(refused.getText()).contains("确认未通过").contains("名额");
            assertThat(refused.findElements(By.cssSelector("[data-rule=QUOTA] tbody tr")))
                    .hasSize(1);
            assertThat(refused.getText()).contains("********");
            browser.screenshot("award-confirmations-refused");
            assertThat(confirmed()).isEqualTo(1);

            WebElement revoke = row(browser, anding).findElement(By.cssSelector(".revoke-line"));
            revoke.findElement(By.name("reason")).sendKeys("学生信息有误，更正后重新导入");
            revoke.findElement(By.cssSelector("button")).click();
            assertThat(browser.find("#confirmation-done").getText())
                    .contains("已撤销")
                    .contains("1人");
            assertThat(row(browser, anding)
                            .findElement(By.cssSelector(".confirm-line"))
                            .getText())
                    .isEqualTo("确认（1人）");
            browser.screenshot("award-confirmations-revoked");
        }
        assertThat(confirmed()).isZero();
    }

    private long confirmed() {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term AND confirmed_at IS NOT NULL")
                .param("term", TERM.code())
                .query(Long.class)
                .single();
    }

    private static WebElement row(Chromium browser, long schoolId) {
        return browser.driver()
                .findElement(
                        By.cssSelector("tr[data-school-id='" + schoolId + "'][data-programme=PRIMARY_LIVING_SUBSIDY]"));
    }
}
