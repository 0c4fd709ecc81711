package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.settlement.SettlementSeeds;
import com.aidloop.shared.Term;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The money that goes to the school, in a real browser. The county records a school's bank
 * account on the school's page (shown masked). SCHOOL: the county makes the 资金拨付单 of
 * 平江县第一中学's fee waivers, downloads it, records the transfer; the school's aid staff log in and
 * confirm receipt. IN_KIND: 三市镇中心小学 records the meals it served in March, the county settles
 * with it, the school confirms. Both are then on time on the progress page. A term of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SchoolSettlementInBrowserTests {

    private static final Term TERM = new Term(2021, Term.Semester.SPRING);
    private static final String LIST = "/school-transfers?term=" + TERM.code();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountyTransfersFeeWaiversAndSettlesMealsAndTheSchoolsConfirm() throws Exception {
        SettlementSeeds.feeWaivers(jdbc, TERM, 3);
        SettlementSeeds.meals(jdbc, TERM, 4);

        String feeWaiver;
        try (Chromium county = Chromium.open(port)) {
            county.login("county", "Pingjiang@2026");
            county.go("/schools/" + SettlementSeeds.schoolId(jdbc, "2143062621"));
            county.find("#bank").sendKeys("中国建设银行平江支行");
            county.find("#accountNumber").sendKeys("4305 0162 6300 0000 0621");
            county.find("#save-account").click();
            county.waitFor(d -> county.find("#account-number").getText().endsWith("0621"));
            assertThat(county.find("#account-number").getText()).doesNotContain("43050162");
            assertThat(county.find("#account-name").getText()).isEqualTo("平江县天岳启明幼儿园");
            county.find("#menu-school-transfers").click();
            county.go(LIST);
            WebElement row = county.find("tr[data-school='平江县第一中学'][data-programme='SENIOR_HIGH_FEE_WAIVER']");
            assertThat(row.getText()).contains("免学杂费", "拨付学校", "3", "2,400.00", "未生成");
            assertThat(county.find("tr[data-school='平江县三市镇中心小学'][data-programme='RURAL_NUTRITION']")
                            .getText())
                    .contains("未登记", "学校尚未登记膳食供应");
            row.findElement(By.cssSelector("button.draft")).click();
            county.waitFor(d -> county.currentPath().matches("/school-transfers/\\d+"));
            feeWaiver = county.currentPath();
            assertThat(county.find("#transfer-status").getText()).isEqualTo("待转账");
            assertThat(county.find("#transfer-amount").getText()).isEqualTo("2,400.00");

            byte[] form = county.download(county.find("#download-form"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(form))) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter text = new DataFormatter();
                assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("平江县2021年春季学期免学杂费资金拨付单（BF");
                assertThat(text.formatCellValue(sheet.getRow(3).getCell(7))).isEqualTo("2,400.00");
                assertThat(text.formatCellValue(sheet.getRow(6).getCell(0))).contains("经办人");
            }

            county.find("#voucherNumber").sendKeys("记-2021-0420");
            county.find("#record-transfer").click();
            county.waitFor(d -> county.find("#transfer-status").getText().equals("已转账，待学校确认"));
            assertThat(county.find("#voucher-number").getText()).isEqualTo("记-2021-0420");
            county.screenshot("school-transfer-recorded");
        }

        try (Chromium school = Chromium.open(port)) {
            school.login("school3", "Pingjiang@2026");
            school.go(LIST);
            assertThat(school.find("#own-table").getText()).contains("免学杂费", "已转账，待学校确认", "记-2021-0420");
            school.find("#own-table a").click();
            school.waitFor(d -> school.currentPath().equals(feeWaiver));
            school.find("#confirm-receipt").click();
            school.waitFor(d -> school.find("#confirm-dialog").isDisplayed());
            assertThat(school.find("#confirm-message").getText()).isEqualTo("确认免学杂费资金2,400.00元（3人）已到账？");
            school.find("#confirm-ok").click();
            school.waitFor(d -> school.find("#transfer-status").getText().equals("学校已确认到账"));
            assertThat(school.find("#confirmed-by").getText()).isEqualTo("李华");
        }

        try (Chromium school = Chromium.open(port)) {
            school.login("school", "Pingjiang@2026");
            school.go(LIST);
            ((JavascriptExecutor) school.driver())
                    .executeScript("document.getElementById('meal-month').value = '2021-03'");
            school.find("#meal-days").sendKeys("20");
            school.find("#meal-students").sendKeys("4");
            school.find("#meal-amount").sendKeys("400");
            school.find("#save-meals").click();
            school.waitFor(d -> school.find("#notice").getText().equals("已登记2021年3月膳食供应"));
            assertThat(school.find("#meal-table").getText()).contains("2021年3月", "20", "400.00");
            school.screenshot("meal-provision");
        }

        String meals;
        try (Chromium county = Chromium.open(port)) {
            county.login("county", "Pingjiang@2026");
            county.go(LIST);
            WebElement row = county.find("tr[data-school='平江县三市镇中心小学'][data-programme='RURAL_NUTRITION']");
            assertThat(row.getText()).contains("实物（膳食）", "已登记1个月");
            row.findElement(By.cssSelector("button.draft")).click();
            county.waitFor(d -> county.currentPath().matches("/school-transfers/\\d+"));
            meals = county.currentPath();
            // the meals served (20 days × 4 students × 5.00), not the 4 awards of 500.00
            assertThat(county.find("#transfer-amount").getText()).isEqualTo("400.00");
            county.find("#voucherNumber").sendKeys("记-2021-0421");
            county.find("#record-transfer").click();
            county.waitFor(d -> county.find("#transfer-status").getText().equals("已转账，待学校确认"));
        }

        try (Chromium school = Chromium.open(port)) {
            school.login("school", "Pingjiang@2026");
            school.go(meals);
            school.find("#confirm-receipt").click();
            school.waitFor(d -> school.find("#confirm-dialog").isDisplayed());
            school.find("#confirm-ok").click();
            school.waitFor(d -> school.find("#transfer-status").getText().equals("学校已确认到账"));
        }

        try (Chromium county = Chromium.open(port)) {
            county.login("county", "Pingjiang@2026");
            county.go("/payout-progress?term=" + TERM.code());
            for (String programme : new String[] {"SENIOR_HIGH_FEE_WAIVER", "RURAL_NUTRITION"}) {
                WebElement row = county.find("#progress-table tr[data-programme='" + programme + "']");
                assertThat(row.getAttribute("class")).doesNotContain("table-danger");
                assertThat(row.findElement(By.cssSelector(".channel")).getText())
                        .isIn("拨付学校", "实物（膳食）");
            }
            county.screenshot("school-settlement-progress");
        }
    }
}
