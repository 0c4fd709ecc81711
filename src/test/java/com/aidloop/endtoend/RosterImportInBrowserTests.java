package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import com.aidloop.award.domain.RosterColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roster import in a real browser under the content security policy, with the demo school
 * account: choose a file, 校验, watch the status change without reloading by hand, read the
 * problems, choose the corrected file, 校验 again and 确认导入.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RosterImportInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void validatesFixesAndCommitsARoster() throws Exception {
        Path dir = Files.createTempDirectory("roster-browser");
        List<Rosters.Line> lines = Rosters.pupils(3);
        String id = lines.get(2).get(RosterColumn.ID_NUMBER);
        lines.get(2).set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        Path withError = Rosters.xlsx(dir.resolve("资助名单-有错误.xlsx"), lines);
        lines.get(2).set(RosterColumn.ID_NUMBER, id);
        Path corrected = Rosters.xlsx(dir.resolve("资助名单-已修改.xlsx"), lines);

        try (Chromium browser = Chromium.open(port)) {
            browser.login("school", "Pingjiang@2026");
            browser.find("#menu-roster-imports").click();
            browser.find("#new-import").click();

            browser.find("#file").sendKeys(withError.toString());
            assertThat(browser.find("#file-name").getText()).isEqualTo("资助名单-有错误.xlsx");
            browser.screenshot("roster-import-form");
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            // the problems come with the page's reload after the status: wait for the first
            browser.findOnResult("tr[data-problem-row]:not([data-code^='award.identification.'])");
            // every row also carries the identification check's transition warning (none is identified)
            List<WebElement> problems = browser.driver()
                    .findElements(By.cssSelector("tr[data-problem-row]:not([data-code^='award.identification.'])"));
            assertThat(problems).hasSize(1);
            assertThat(problems.getFirst().getText()).startsWith("第4行 证件号码：校验位错误，请核对后重新填写");
            assertThat(browser.driver().findElements(By.cssSelector("#commit"))).isEmpty();
            browser.screenshot("roster-import-errors");

            browser.find("#again").click();
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-problem-row]")))
                    .hasSize(3)
                    .allSatisfy(row -> assertThat(row.getAttribute("data-code"))
                            .isEqualTo("award.identification.missingTransition"));
            browser.find("#commit").click();
            browser.waitForImportStatus("已导入");
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("3");
            browser.screenshot("roster-import-committed");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
