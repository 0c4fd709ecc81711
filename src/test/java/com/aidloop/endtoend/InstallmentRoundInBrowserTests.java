package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.programme.PayingRulesManagement;
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
 * A programme paid monthly, five installments a term: county makes a round dated 15 March, which
 * holds only the first installment of each award (第1/5期) and says four more are not yet due;
 * county2 approves it; the bank file is exported and the bank's return file reconciled; the batch's
 * lines read 第1/5期, and the student's installments read 第1/5期 paid, the other four not yet due.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InstallmentRoundInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final Term TERM = new Term(2073, Term.Semester.SPRING);
    private static final Charset GBK = Charset.forName("GBK");
    private static final int AWARDS = 3;
    private static final CurrentAccount PROVINCE =
            new CurrentAccount(0, "system", "湖南省学生资助管理中心", Set.of(Role.PROVINCE_STAFF), "43", null);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    PayingRulesManagement payingRules;

    @Test
    void aRoundDatedInMarchPaysTheFirstOfFiveInstallmentsAndTheRestWaitUntilTheyAreDue() throws Exception {
        PayoutFixtures.clear(jdbc, TERM);
        payingRules.recordSchedule(PayoutFixtures.PROGRAMME, TERM.code(), "MONTHLY", "5", "按月发放（测试）", "", PROVINCE);
        payingRules.recordSchedule(PayoutFixtures.PROGRAMME, TERM.next().code(), "ONCE_PER_TERM", "", "", "", PROVINCE);
        PayoutFixtures.confirmedAwards(
                jdbc, sensitive, TERM, PayoutFixtures.SANSHI_TOWN, PayoutFixtures.PROGRAMME, 1, AWARDS, Set.of());
        try (Chromium county = Chromium.open(port);
                Chromium county2 = Chromium.open(port)) {
            county.login("county", PASSWORD);
            county2.login("county2", PASSWORD);

            county.go("/payout-rounds/new?term=" + TERM.code() + "&programme=" + PayoutFixtures.PROGRAMME
                    + "&payDate=2073-03-15");
            assertThat(county.find("#payable-count").getText()).isEqualTo(Integer.toString(AWARDS));
            assertThat(county.find("#not-yet-due").getText())
                    .contains("2073-03-15")
                    .contains("另有 " + 4 * AWARDS + " 期");
            county.screenshot("installment-round-new");
            county.find("#create").click();
            assertThat(county.find("#confirm-message").getText()).contains("共 " + AWARDS + " 笔");
            county.find("#confirm-ok").click();
            county.waitFor(d -> county.currentPath().matches("/payout-rounds/[0-9]+"));
            String roundPath = county.currentPath();
            assertThat(county.find("#pay-date").getText()).isEqualTo("2073-03-15");

            county2.go(roundPath);
            county2.find("#approve-round").click();
            county2.find("#confirm-ok").click();
            assertThat(county2.textShowing("#notice", "已整轮审核通过")).contains("已整轮审核通过");

            county.go(roundPath);
            String batchPath = county.find("#round-batches tr[data-bank] a").getAttribute("href");
            batchPath = batchPath.substring(batchPath.indexOf("/payout-batches/"));
            county.go(batchPath);
            assertThat(county.driver().findElements(By.cssSelector("#lines tbody td.installment")))
                    .extracting(WebElement::getText)
                    .hasSize(AWARDS)
                    .allMatch(t -> t.startsWith("第1/5期") && t.contains("2073-03-10"));
            county.go(batchPath + "/bank-file?template=fixed");
            byte[] file = PayoutBatchInBrowserTests.download(
                    county,
                    county.find("#download-form").getAttribute("action"),
                    county.find("#download-form input[name=_csrf]").getAttribute("value"));
            String[] lines = new String(file, GBK).split("\r\n");
            assertThat(lines).hasSize(AWARDS);
            Path returnFile = PayoutBatchInBrowserTests.returnFile(lines, Map.of());
            county.go(batchPath);
            county.find("#reconciliation-link").click();
            county.find("#file").sendKeys(returnFile.toString());
            county.find("#upload").click();
            assertThat(county.textShowing("#batch-status", "已对账")).isEqualTo("已对账");
            Files.delete(returnFile);

            long student = 900_000_001L;
            long award = jdbc.sql("SELECT id FROM award_award WHERE term = :term AND student_id = :student")
                    .param("term", TERM.code())
                    .param("student", student)
                    .query(Long.class)
                    .single();
            county.go("/students/" + student + "/installments");
            String rows = ".award-installments[data-award-id='" + award + "'] tbody tr";
            county.find(rows);
            List<WebElement> installments = county.driver().findElements(By.cssSelector(rows));
            assertThat(installments)
                    .extracting(r -> r.getAttribute("data-state"))
                    .containsExactly("PAID", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE");
            assertThat(installments.getFirst().getText()).contains("第1/5期").contains("已发放");
            assertThat(installments.get(1).getText())
                    .contains("第2/5期")
                    .contains("2073-04-10")
                    .contains("未到期");
            county.screenshot("student-installments");
        }
    }
}
