package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payout round end to end, as the county's two staff work it: county makes a round (one batch per
 * bank, the student without a card named with a link to fix it) → county2 finds it on the home page
 * (待办) and rejects it with an opinion → county reads the opinion, removes a line with a reason and
 * resubmits → county2 approves the whole round in the dialog → county exports each bank's file,
 * uploads each bank's return file, and every batch is reconciled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PayoutRoundInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final Term TERM = new Term(2065, Term.Semester.SPRING);
    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] BANKS = {"湖南平江农村商业银行", "中国邮政储蓄银行平江县支行", "中国建设银行平江支行"};
    private static final String OPINION = "建设银行批次第1行卡号存疑，请核实后移除";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Test
    void countyMakesARoundCounty2RejectsCountyFixesAndResubmitsCounty2ApprovesEachBankIsPaidAndReconciled()
            throws Exception {
        PayoutFixtures.clear(jdbc, TERM);
        PayoutFixtures.confirmedAwards(
                jdbc,
                sensitive,
                TERM,
                PayoutFixtures.SANSHI_TOWN,
                PayoutFixtures.PROGRAMME,
                1,
                10,
                Set.of(4),
                n -> BANKS[n % BANKS.length]);
        try (Chromium county = Chromium.open(port);
                Chromium county2 = Chromium.open(port)) {
            county.login("county", PASSWORD);
            county2.login("county2", PASSWORD);

            county.find("#menu-payout-rounds").click();
            county.find("#new-round").click();
            county.go("/payout-rounds/new?term=" + TERM.code() + "&programme=" + PayoutFixtures.PROGRAMME);
            assertThat(county.driver().findElements(By.cssSelector("#bank-shares tr[data-bank]")))
                    .extracting(r -> r.getAttribute("data-bank"))
                    .containsExactly("中国建设银行", "中国邮政储蓄银行", "农村商业银行");
            assertThat(county.find("#payable-count").getText()).isEqualTo("9");
            assertThat(county.find("#missing-cards").getText())
                    .contains(Masking.personName(PayoutFixtures.name(4)))
                    .doesNotContain(PayoutFixtures.name(4));
            assertThat(county.find("#missing-cards a.fix-card").getAttribute("href"))
                    .contains("/students/");
            county.screenshot("payout-round-new");
            county.find("#create").click();
            assertThat(county.find("#confirm-message").getText())
                    .contains("3 个银行批次")
                    .contains("共 9 笔");
            county.find("#confirm-ok").click();
            county.waitFor(d -> county.currentPath().matches("/payout-rounds/[0-9]+"));
            String roundPath = county.currentPath();
            assertThat(county.textShowing("#notice", "已创建发放轮次")).contains("已创建发放轮次");
            assertThat(county.find("#maker-note").getText()).contains("须由未参与编制的其他工作人员审核");
            assertThat(county.driver().findElements(By.id("approve-round"))).isEmpty();

            county2.go("/");
            county2.find("#approval-tasks a[href='" + roundPath + "']").click();
            county2.find("#opinion").sendKeys(OPINION);
            county2.find("#reject-round").click();
            assertThat(county2.find("#confirm-message").getText())
                    .contains("3 个银行批次")
                    .contains("共 9 笔");
            county2.find("#confirm-ok").click();
            assertThat(county2.textShowing("#notice", "已驳回")).contains("已驳回");
            assertThat(county2.find("#status").getText()).isEqualTo("已驳回");

            county.go(roundPath);
            assertThat(county.find(".review-opinion").getText()).contains(OPINION);
            county.screenshot("payout-round-rejected");
            county.find("#round-batches tr[data-bank='中国建设银行'] a").click();
            assertThat(county.find("#review-opinion").getText()).contains(OPINION);
            WebElement firstLine = county.find("#lines tbody tr");
            firstLine.findElement(By.name("reason")).sendKeys("卡号存疑，核实后下轮发放");
            firstLine.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(county.textShowing("#notice", "已移除该笔发放")).contains("已移除该笔发放");
            county.find("#round-link").click();
            county.find("#resubmit-round").click();
            county.find("#confirm-ok").click();
            assertThat(county.textShowing("#notice", "已重新提交")).contains("已重新提交");

            county2.go(roundPath);
            county2.find("#approve-round").click();
            assertThat(county2.find("#confirm-message").getText()).contains("共 8 笔");
            county2.screenshot("payout-round-approve-dialog");
            county2.find("#confirm-ok").click();
            assertThat(county2.textShowing("#notice", "已整轮审核通过")).contains("已整轮审核通过");
            assertThat(county2.find("#status").getText()).isEqualTo("已审核");

            county.go(roundPath);
            List<String> batchPaths =
                    county.driver().findElements(By.cssSelector("#round-batches tr[data-bank] a")).stream()
                            .map(a -> a.getAttribute("href"))
                            .filter(h -> h.matches(".*/payout-batches/[0-9]+$"))
                            .map(h -> h.substring(h.indexOf("/payout-batches/")))
                            .toList();
            assertThat(batchPaths).hasSize(3);
            county.go(batchPaths.getFirst() + "/bank-file?template=fixed");
            county.find("#download").click();
            assertThat(county.find("#confirm-message").getText()).contains("笔").contains("元");
            county.find("#confirm-ok").click();
            county.waitFor(d -> d.findElement(By.id("next-step")).isDisplayed());
            assertThat(county.find("#reconciliation-next").getAttribute("href"))
                    .endsWith(batchPaths.getFirst() + "/reconciliation");
            for (String batchPath : batchPaths) {
                county.go(batchPath + "/bank-file?template=fixed");
                String controlAmount = county.find("#total-amount").getText().replace(",", "");
                byte[] file = PayoutBatchInBrowserTests.download(
                        county,
                        county.find("#download-form").getAttribute("action"),
                        county.find("#download-form input[name=_csrf]").getAttribute("value"));
                String[] lines = new String(file, GBK).split("\r\n");
                assertThat(lines.length)
                        .isEqualTo(Integer.parseInt(county.find("#line-count").getText()));
                assertThat(controlAmount).isNotBlank();
                county.go(batchPath);
                assertThat(county.find("#status").getText()).isEqualTo("已导出");
                Path returnFile = PayoutBatchInBrowserTests.returnFile(lines, Map.of());
                county.find("#reconciliation-link").click();
                county.find("#file").sendKeys(returnFile.toString());
                county.find("#upload").click();
                assertThat(county.textShowing("#batch-status", "已对账")).isEqualTo("已对账");
                Files.delete(returnFile);
            }
            county.go(roundPath);
            assertThat(county.find("#status").getText()).isEqualTo("已对账");
            county.screenshot("payout-round-reconciled");
        }
    }
}
