package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county's 认定要求 page as its aid centre uses it at the end of a transition year: from the
 * programme list it opens the need-based programmes (each tier with the levels it allows, every
 * rule 过渡期 by default), makes the first one 必须认定 for the county and sees it as the county's
 * own setting. The county's choices are removed before and after (the suite's other tests expect
 * the default).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentificationRulesInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void theCountysDefault() {
        jdbc.sql("DELETE FROM programme_identification_setting WHERE county_code = '430626'")
                .update();
    }

    @Test
    void theCountyRequiresAnIdentificationForANeedBasedProgramme() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", DemoStaff.PASSWORD);
            browser.go("/programmes");
            browser.find("#identification-rules-link").click();
            String first = browser.find("#identification-rules tbody tr[data-programme]")
                    .getAttribute("data-programme");
            String row = "#identification-rules tr[data-programme='" + first + "']";
            assertThat(browser.find(row + " .rule").getText()).isEqualTo("过渡期（仅提示）（默认）");

            new Select(browser.find("#rule-" + first)).selectByValue("REQUIRED");
            browser.find("#save-" + first).click();

            assertThat(browser.textShowing("#notice", "已设置认定要求")).endsWith("必须认定（拒绝）");
            assertThat(browser.find(row + " .rule").getText()).isEqualTo("必须认定（拒绝）（本县设置）");
            browser.screenshot("identification-rules");
        }
    }
}
