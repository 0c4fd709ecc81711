package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.ProgressFixtures;
import com.aidloop.shared.Term;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county registers the central budget notice of a term's living subsidy when it arrives
 * (first forgetting the 文号, which the page asks for), then opens the funding-source report:
 * the money arrived 200 days ago and only part of it is paid, so the line is flagged 闲置沉淀;
 * the downloaded official form adds up the same figures. Over a term of its own: three confirmed
 * living-subsidy awards of 三市镇中心小学 (1,250 yuan, 500 paid) and a preschool award (500 yuan).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FundingSourcesInBrowserTests {

    private static final Term TERM = new Term(2055, Term.Semester.SPRING);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheTerm() {
        jdbc.sql("DELETE FROM funding_allocation WHERE term = :t AND reverses_id IS NOT NULL")
                .param("t", TERM.code())
                .update();
        jdbc.sql("DELETE FROM funding_allocation WHERE term = :t")
                .param("t", TERM.code())
                .update();
        ProgressFixtures.clear(jdbc, TERM);
    }

    @Test
    void theCountyRegistersANoticeSeesTheIdleMoneyAndDownloadsTheForm() throws Exception {
        ProgressFixtures.partlyPaid(jdbc, TERM);
        LocalDate received = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(200);

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/fund-allocations?term=" + TERM.code());
            new Select(browser.find("#a-programme")).selectByValue("PRIMARY_LIVING_SUBSIDY");
            new Select(browser.find("#a-source")).selectByVisibleText("中央");
            browser.find("#a-amount").sendKeys("1,000.00");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('a-received').value = arguments[0]", received.toString());
            browser.find("#record-allocation").click();
            assertThat(browser.find("#allocation-errors").getText()).contains("文号");

            new Select(browser.find("#a-programme")).selectByValue("PRIMARY_LIVING_SUBSIDY");
            browser.find("#a-document").sendKeys("湘财教指〔2055〕8号");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('a-received').value = arguments[0]", received.toString());
            browser.find("#record-allocation").click();
            assertThat(browser.textShowing("#notice", "已登记")).contains("已登记", "1,000.00", "湘财教指〔2055〕8号");
            assertThat(browser.find("#allocation-table").getText()).contains("湘财教指〔2055〕8号", "有效");
            browser.screenshot("fund-allocations");

            browser.find("nav[aria-label=breadcrumb] a[href^='/funding-sources']")
                    .click();
            browser.waitFor(d -> browser.currentPath().startsWith("/funding-sources"));
            assertThat(browser.find("#funding-title").getText()).isEqualTo("平江县2055年春季学期学生资助资金来源统计表");
            String central = browser.find(
                            "#funding-table tr[data-programme='PRIMARY_LIVING_SUBSIDY'][data-source='CENTRAL']")
                    .getText();
            assertThat(central).contains("1,000.00", "625.00", "250.00", "375.00", "闲置", "750.00");
            assertThat(browser.find("#funding-total").getText()).contains("1,000.00", "1,750.00", "500.00", "1,250.00");
            browser.screenshot("funding-sources");

            byte[] xlsx = browser.download(browser.find("#export-funding"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平江县2055年春季学期学生资助资金来源统计表");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("平江县学生资助管理中心");
                int lines = browser.driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#funding-table tbody tr[data-source]"))
                        .size();
                Row total = sheet.getRow(3 + lines);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
                assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1000.00);
                assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1750.00);
                assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(500.00);
                assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(1250.00);
                assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(750.00);
                assertThat(sheet.getRow(3 + lines + 2).getCell(0).getStringCellValue())
                        .contains("经办人");
            }
        }
    }
}
