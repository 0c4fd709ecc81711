package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security administrator opens the county's school accounts with the initial passwords sent
 * by SMS to the schools' contact mobiles: the slip of a school with a mobile names the SMS instead
 * of a password, and county staff find the message in the SMS list with the password masked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InitialPasswordsBySmsInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SchoolManagement schools;

    @Test
    void secadminSendsThePasswordsBySmsAndTheOutboxShowsThemMasked() throws Exception {
        String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        SchoolView school = schools.open(
                new SchoolInput(
                        SchoolFixtures.nextCode(),
                        "平江县三市镇短信浏览小学",
                        List.of("小学"),
                        "公办",
                        "430626102",
                        null,
                        "彭老师",
                        mobile),
                SchoolFixtures.county());

        try (Chromium browser = Chromium.open(port)) {
            browser.login("secadmin", "Pingjiang@2026");
            browser.go("/");
            browser.find("#menu-account-batches").click();
            browser.find("#region").sendKeys("430626");
            new Select(browser.find("#kind")).selectByValue("SCHOOLS");
            browser.find("#delivery-sms").click();
            browser.find("#open").click();
            browser.waitFor(
                    d -> !d.findElements(By.cssSelector("#opened-count")).isEmpty());
            WebElement slip = browser.find(".slip[data-username='" + school.code() + "']");
            assertThat(slip.findElement(By.cssSelector(".sent-by-sms")).getText())
                    .isEqualTo("已通过短信发送至学校联系电话 " + mobile.substring(0, 3) + "****" + mobile.substring(7));
            assertThat(slip.findElements(By.cssSelector(".password"))).isEmpty();
            assertThat(browser.find("#sms-count").getText()).isNotEqualTo("0");
            browser.screenshot("account-batch-sms");
        }

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/notifications/sms?phone=" + mobile);
            String row = browser.textShowing("#messages", "资助系统账号" + school.code());
            assertThat(row).contains("初始密码********", "学校联系人");
            browser.screenshot("sms-initial-password-masked");
        }
    }
}
