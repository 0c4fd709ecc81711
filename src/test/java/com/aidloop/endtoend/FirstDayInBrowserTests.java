package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.registry.People;
import com.aidloop.registry.RegistrationFiles;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The first day's bulk work in a real browser: the security administrator opens an account for
 * every school of 平江县 under 批量开通账号 and gets the printable slips; the county's aid centre
 * uploads the registration system's student list under 学籍导入 and reads the result page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstDayInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SchoolManagement schools;

    @Test
    void secadminOpensSchoolAccountsAndACountyImportsItsStudentList() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇浏览器测试小学", "430626102"), SchoolFixtures.county());
        Path dir = Files.createTempDirectory("first-day-browser");
        Path list = RegistrationFiles.xlsx(
                dir.resolve("学生信息.xlsx"),
                List.of(
                        RegistrationFiles.pupil(school.code(), "周浏览", People.childId(true), "二年级", "1班"),
                        RegistrationFiles.pupil(school.code(), "周器测", People.childId(false), "二年级", "1班")));

        try (Chromium browser = Chromium.open(port)) {
            browser.login("secadmin", "Pingjiang@2026");
            browser.go("/");
            browser.find("#menu-account-batches").click();
            browser.find("#region").sendKeys("430626");
            new Select(browser.find("#kind")).selectByValue("SCHOOLS");
            browser.find("#open").click();
            browser.waitFor(
                    d -> !d.findElements(By.cssSelector("#opened-count")).isEmpty());
            WebElement slip = browser.find(".slip[data-username='" + school.code() + "']");
            assertThat(slip.getText()).contains("平江县三市镇浏览器测试小学资助专干", "初始密码");
            assertThat(slip.findElement(By.cssSelector(".password")).getText()).hasSize(16);
            assertThat(browser.find("#print").isDisplayed()).isTrue();
            browser.screenshot("account-batch-slips");
        }

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/");
            browser.find("#menu-student-imports").click();
            browser.find("#file").sendKeys(list.toString());
            browser.find("#validate").click();
            browser.waitFor(d -> {
                List<WebElement> status = d.findElements(By.cssSelector("#import-status"));
                return !status.isEmpty() && status.getFirst().getText().equals("已校验");
            });
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("2");
            browser.find("#again").click();
            browser.find("#file").sendKeys(list.toString());
            browser.find("#commit").click();
            browser.waitFor(d -> {
                List<WebElement> status = d.findElements(By.cssSelector("#import-status"));
                return !status.isEmpty() && status.getFirst().getText().equals("已导入");
            });
            assertThat(browser.find("#committed").getText()).contains("新增学生 2 名");
            browser.screenshot("student-import-committed");
        }
    }
}
