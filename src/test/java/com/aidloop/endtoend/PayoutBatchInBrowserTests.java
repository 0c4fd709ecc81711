package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-card disbursement from batch to progress: {@code county} creates a batch of 三市镇 and cannot
 * approve it, {@code county2} approves it, {@code county} checks count and total on the
 * confirmation page, downloads the fixed-width file (lines, total and references are read), uploads
 * the bank's return file with two failures, sees the reconciliation and then the progress page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PayoutBatchInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final Term TERM = new Term(2064, Term.Semester.AUTUMN);
    private static final Charset GBK = Charset.forName("GBK");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Test
    void countyCreatesCounty2ApprovesCountyExportsReconcilesAndSeesProgress() throws Exception {
        PayoutFixtures.clear(jdbc, TERM);
        PayoutFixtures.confirmedAwards(
                jdbc, sensitive, TERM, PayoutFixtures.SANSHI_TOWN, PayoutFixtures.PROGRAMME, 1, 8, Set.of(3));
        String batchPath;
        try (Chromium county = Chromium.open(port)) {
            county.login("county", PASSWORD);
            county.driver()
                    .findElement(org.openqa.selenium.By.id("menu-payout-batches"))
                    .click();
            county.find("#new-batch").click();
            county.go("/payout-batches/new?term=" + TERM.code());
            new Select(county.find("#township")).selectByVisibleText("三市镇");
            List<String> programmeChoices = new Select(county.find("#programme"))
                    .getOptions().stream()
                            .map(o -> o.getText().strip())
                            .filter(t -> !t.isEmpty())
                            .toList();
            assertThat(programmeChoices)
                    .as("programme choices tell programmes of one name apart by their stage")
                    .doesNotHaveDuplicates()
                    .contains("国家助学金（中职）", "国家助学金（普通高中）")
                    .doesNotContain("国家助学金");
            new Select(county.find("#programme")).selectByValue(PayoutFixtures.PROGRAMME);
            county.find("#preview").click();
            assertThat(county.find("#payable-count").getText()).isEqualTo("7 笔");
            assertThat(county.find("#missing-cards").getText()).contains("1 名学生缺少资助卡号");
            county.screenshot("payout-batch-new");
            county.find("#create").click();
            county.waitFor(d -> county.currentPath().matches("/payout-batches/[0-9]+"));
            batchPath = county.currentPath();
            assertThat(county.textShowing("#notice", "已创建发放批次")).contains("已创建发放批次");
            assertThat(county.find("#warning").getText()).contains("1 名学生缺少资助卡号");
            assertThat(county.driver().findElements(org.openqa.selenium.By.id("approve")))
                    .isEmpty();
            assertThat(county.find("#maker-note").getText()).contains("须由其他工作人员审核");

            try (Chromium county2 = Chromium.open(port)) {
                county2.login("county2", PASSWORD);
                county2.go(batchPath);
                county2.find("#approve").click();
                assertThat(county2.find("#confirm-message").getText()).contains("7 笔");
                county2.find("#confirm-ok").click();
                assertThat(county2.textShowing("#notice", "已审核通过")).contains("已审核通过");
                assertThat(county2.find("#status").getText()).isEqualTo("已审核");
            }

            county.go(batchPath);
            assertThat(county.find("#status").getText()).isEqualTo("已审核");
            assertThat(county.find("#approved-by").getText()).startsWith("王建国 ").doesNotContain("county2");
            String controlAmount = county.find("#control-amount").getText().replace(",", "");
            assertSignedTitledBankFile(county, batchPath);

            county.go(batchPath);
            new Select(county.find("#template")).selectByValue("fixed");
            county.find("#export").click();
            assertThat(county.find("#line-count").getText()).isEqualTo("7");
            assertThat(county.find("#total-amount").getText().replace(",", "")).isEqualTo(controlAmount);
            county.screenshot("payout-batch-bank-file");

            byte[] file = download(
                    county,
                    county.find("#download-form").getAttribute("action"),
                    county.find("#download-form input[name=_csrf]").getAttribute("value"));
            String[] lines = new String(file, GBK).split("\r\n");
            assertThat(lines).hasSize(7);
            BigDecimal total = BigDecimal.ZERO;
            for (String line : lines) {
                byte[] bytes = line.getBytes(GBK);
                assertThat(bytes).hasSize(100);
                total = total.add(new BigDecimal(new String(bytes, 65, 15, GBK)));
            }
            assertThat(total).isEqualByComparingTo(controlAmount);
            long batchId = Long.parseLong(batchPath.substring(batchPath.lastIndexOf('/') + 1));
            assertThat(java.util.Arrays.stream(lines)
                            .map(l -> new String(l.getBytes(GBK), 80, 20, GBK).strip())
                            .toList())
                    .isEqualTo(
                            jdbc.sql("SELECT reference FROM disbursement_payment WHERE batch_id = :id ORDER BY line_no")
                                    .param("id", batchId)
                                    .query(String.class)
                                    .list());

            county.go(batchPath);
            assertThat(county.find("#status").getText()).isEqualTo("已导出");
            county.screenshot("payout-batch-exported");

            // The bank answers: the second and the fifth line failed.
            Path returnFile = returnFile(lines, Map.of(1, "卡已销户", 4, "户名不符"));
            county.find("#reconciliation-link").click();
            county.find("#file").sendKeys(returnFile.toString());
            county.find("#upload").click();
            assertThat(county.textShowing("#notice", "成功5笔"))
                    .contains("成功5笔")
                    .contains("失败2笔")
                    .contains("批次已对账完成");
            assertThat(county.find("[data-total=paid] .fs-5").getText()).isEqualTo("5");
            assertThat(county.find("[data-total=failed] .fs-5").getText()).isEqualTo("2");
            assertThat(county.find("[data-total=pending] .fs-5").getText()).isEqualTo("0");
            assertThat(county.find("#batch-status").getText()).isEqualTo("已对账");
            assertThat(county.find("#failed").getText())
                    .contains("卡已销户")
                    .contains("户名不符")
                    .doesNotContain(fullCard(lines[1]));
            county.screenshot("payout-batch-reconciled");
            Files.delete(returnFile);

            // Progress: 8 confirmed, 7 in the batch (one without a card), 5 paid, 2 failed, 3 outstanding.
            county.go("/payout-progress?term=" + TERM.code());
            var row = county.find("#progress-table tr[data-programme='" + PayoutFixtures.PROGRAMME + "']");
            var cells = row.findElements(org.openqa.selenium.By.tagName("td"));
            assertThat(cells.get(3).getText()).endsWith("\n8人");
            assertThat(cells.get(4).getText()).endsWith("\n7人");
            assertThat(cells.get(5).getText()).endsWith("\n5人");
            assertThat(cells.get(6).getText()).endsWith("\n2人");
            assertThat(cells.get(7).getText()).endsWith("\n3人");
            county.screenshot("payout-progress-after-reconciliation");
        }
    }

    /** The bank's result file for the fixed-width lines: every line paid except those given a reason. */
    static Path returnFile(String[] lines, Map<Integer, String> failures) throws Exception {
        StringBuilder csv = new StringBuilder("序号,户名,卡号,金额,摘要,处理结果,失败原因\r\n");
        for (int i = 0; i < lines.length; i++) {
            byte[] b = lines[i].getBytes(GBK);
            String reason = failures.get(i);
            csv.append(new String(b, 0, 6, GBK).strip())
                    .append(',')
                    .append(new String(b, 6, 40, GBK).strip())
                    .append(',')
                    .append(fullCard(lines[i]))
                    .append(',')
                    .append(new BigDecimal(new String(b, 65, 15, GBK).strip()).toPlainString())
                    .append(',')
                    .append(new String(b, 80, 20, GBK).strip())
                    .append(',')
                    .append(reason == null ? "成功" : "失败")
                    .append(',')
                    .append(reason == null ? "" : reason)
                    .append("\r\n");
        }
        Path file = Files.createTempFile("bank-return-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static String fullCard(String line) {
        return new String(line.getBytes(GBK), 46, 19, GBK).strip();
    }

    /** Posts the confirmation form with the browser's session, as 确认下载 does, and returns the file. */
    /**
     * The titled workbook names the aid centre as its unit and is signed by the batch's maker
     * (李芳), its approver (王建国) and the centre's head (周国平), never by login names.
     */
    private void assertSignedTitledBankFile(Chromium county, String batchPath) throws Exception {
        new Select(county.find("#template")).selectByValue("xlsx");
        county.find("#export").click();
        byte[] xlsx = download(
                county,
                county.find("#download-form").getAttribute("action"),
                county.find("#download-form input[name=_csrf]").getAttribute("value"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("平江县学生资助管理中心");
            List<String> firstCells = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                if (row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    firstCells.add(row.getCell(0).getStringCellValue());
                }
            });
            assertThat(firstCells)
                    .filteredOn(text -> text.startsWith("经办人："))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .contains("经办人：李芳", "审核人：王建国", "负责人：周国平")
                            .doesNotContain("county"));
        }
        county.go("/payout-batches");
        assertThat(county.find("body").getText()).contains("李芳", "王建国");
    }

    static byte[] download(Chromium browser, String action, String csrf) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(action))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        return response.body();
    }
}
