package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.ProgressFixtures;
import com.aidloop.shared.Term;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county follows a term's payout: on the progress page a past spring term (deadline 31 May
 * 2003) is flagged 逾期, the exported table adds up, the home page's 发放逾期 card lists the late
 * school, and the integrity page names a payment planted with the wrong amount. The home card
 * looks back 60 terms here (`aidloop.disbursement.late-terms`), so that the fixed past term is
 * in its window whatever today is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "aidloop.disbursement.late-terms=60")
class PayoutProgressInBrowserTests {

    private static final Term TERM = new Term(2003, Term.Semester.SPRING);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountySeesTheLateItemDownloadsTheTableAndFindsThePlantedBreak() throws Exception {
        ProgressFixtures.partlyPaid(jdbc, TERM);
        String wrongPayment = ProgressFixtures.payTooMuch(jdbc, TERM);
        Path downloads = Files.createTempDirectory("aidloop-downloads");

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/payout-progress?term=" + TERM.code());
            assertThat(browser.find("#progress-title").getText()).isEqualTo("平江县2003年春季学期学生资助资金发放进度表");
            String sanshi = browser.find("#progress-table tbody tr:first-child").getText();
            assertThat(sanshi).contains("平江县三市镇中心小学", "逾期");
            assertThat(browser.find("#progress-total").getText()).contains("2,250.00", "1,020.00", "1,230.00");
            browser.screenshot("payout-progress");

            ((ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.find("#export-progress").click();
            Path xlsx = browser.waitFor(d -> finished(downloads));
            try (InputStream in = Files.newInputStream(xlsx);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                Row total = sheet.getRow(3 + 2);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
                assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(2250.00);
                assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(1020.00);
                assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(1230.00);
            }

            atWidth(browser, 1440);
            browser.go("/payout-progress?term=" + TERM.code());
            browser.find("#view-township").click();
            browser.waitFor(d -> browser.currentPath().contains("view=township"));
            List<WebElement> townships = browser.driver().findElements(By.cssSelector("tr.township-total"));
            assertThat(townships)
                    .extracting(WebElement::getText)
                    .anySatisfy(t -> assertThat(t).contains("三市镇", "逾期 1 项", "1,750.00"))
                    .anySatisfy(t -> assertThat(t).contains("安定镇", "500.00"));
            assertThat(browser.find("#progress-total").getText()).contains("2,250.00", "1,020.00", "1,230.00");
            assertFitsWithPaidUnpaidAndLateInView(browser);
            browser.screenshot("payout-progress-by-township-1440");
            browser.go("/payout-progress?term=2026SPRING");
            assertFitsWithPaidUnpaidAndLateInView(browser);
            browser.go("/payout-progress?term=2026SPRING&view=township");
            assertFitsWithPaidUnpaidAndLateInView(browser);
            browser.screenshot("payout-progress-demo-by-township-1440");

            browser.go("/");
            String card = browser.find("#late-payments").getText();
            assertThat(card).contains("发放逾期", "2003年春季学期", "平江县三市镇中心小学", "平江县安定镇中心小学");
            browser.screenshot("payout-late-card");
            browser.find("#late-payments a[href^='/payout-progress']").click();
            browser.waitFor(d -> browser.currentPath().startsWith("/payout-progress"));

            browser.go("/payout-integrity?term=" + TERM.code());
            assertThat(browser.find("#integrity-result").getText()).isEqualTo("发现断点");
            String breaks = browser.find("#integrity-breaks").getText();
            assertThat(breaks).contains("金额不一致", wrongPayment, "平江县三市镇中心小学", "520.00");
            assertThat(breaks).doesNotContainPattern("\\d{16,19}");
            browser.screenshot("payout-integrity");
        } finally {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Lets the page be laid out as on a 1440 px wide screen. */
    private static void atWidth(Chromium browser, int width) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Neither the page nor the table scrolls sideways, and 已发放, 未发放 and the state column are on screen. */
    private static void assertFitsWithPaidUnpaidAndLateInView(Chromium browser) {
        browser.find("#progress-table");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat((Long) js.executeScript("return window.innerWidth")).isEqualTo(1440L);
        assertThat((Boolean) js.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page scrolls sideways")
                .isTrue();
        assertThat((Boolean) js.executeScript(
                        "const s = document.getElementById('progress-scroll'); return s.scrollWidth <= s.clientWidth"))
                .as("the progress table scrolls sideways")
                .isTrue();
        for (String header : List.of("已发放", "未发放", "状态")) {
            Number right = (Number) js.executeScript(
                    "return [...document.querySelectorAll('#progress-table thead th')]"
                            + ".find(th => th.textContent.trim() === arguments[0]).getBoundingClientRect().right",
                    header);
            assertThat(right.doubleValue()).as(header).isLessThanOrEqualTo(1440);
        }
    }

    private static Path finished(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
