package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.ListFiles;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county imports the veterans' office list (优抚对象, a support list) and the market
 * regulator's list of company owners (企业法定代表人及股东, a check list). A pupil of 三市镇中心小学
 * whose father is on the first has no identification nor aid: the county sees him in the register,
 * closes his 应助未助 item after a home visit; a pupil with a living subsidy whose father owns a
 * company is a 四项比对 case, decided to 追回资金 with the voucher: waiting for its second review
 * (双人复核) the money is listed apart in the integrity check, not as recovered; once 王建国, the
 * county's second staff member, confirms it, the recovered money is in the integrity check of the term.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorklistsInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountyClosesAnUnaidedItemWithAVisitAndRecoversTheAidOfASuspectCase() throws Exception {
        SchoolView school = schools.byCode("2143062611").orElseThrow();
        StudentInput unaided = People.pupil("柯小川", school.id(), People.childId(true), "430626102", null);
        long unaidedId = students.register(unaided, DataScope.region("430626")).id();
        StudentInput aided = People.pupil("柯有车", school.id(), People.childId(true), "430626102", null);
        long aidedId = students.register(aided, DataScope.region("430626")).id();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long awardId = AwardSeeds.student(Term.of(today), aidedId).confirmed().insert(jdbc);
        String voucher = "收据" + awardId;

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            importList(browser, "ENTITLED_GROUPS", "优抚对象", "县退役军人事务局", "优抚对象.xlsx", unaided, today);
            assertThat(browser.textShowing("#notice", "已导入")).contains("优抚对象");
            importList(browser, "BUSINESS_OWNERS", "企业法定代表人及股东", "县市场监管局", "企业股东.xlsx", aided, today);
            assertThat(browser.textShowing("#notice", "已导入")).contains("企业法定代表人及股东");

            browser.find("#menu-comparison-register").click();
            assertThat(browser.find("#register tr[data-student-id='" + unaidedId + "']")
                            .getText())
                    .contains("柯小川", "优抚对象", "在册");

            browser.find("#menu-comparison-unaided").click();
            String row = "#worklist tr[data-student-id='" + unaidedId + "']";
            assertThat(browser.find(row).getText()).contains("柯小川", "监护人", "学校", "待处理");
            browser.clickInView(row + " .item-check");
            new Select(browser.find("#outcome")).selectByValue("AIDED");
            browser.find("#note").sendKeys("已受理家庭经济困难认定申请");
            new Select(browser.find("#visit-kind")).selectByValue("ON_SITE");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('visit-on').value = arguments[0]", today.toString());
            browser.find("#visit-by").sendKeys("李老师、村干部");
            browser.find("#visit-finding").sendKeys("父亲因伤退役，家中无稳定收入");
            browser.screenshot("worklist-unaided");
            browser.clickInView("#close-items");
            assertThat(browser.textShowing("#notice", "已办结")).contains("已办结1条");
            new Select(browser.find("#f-status")).selectByValue("CLOSED");
            browser.clickInView("#filter");
            assertThat(browser.textShowing(row, "已认定并资助")).contains("已办结", "实地", today.toString(), "李老师、村干部");

            browser.find("#menu-comparison-suspect").click();
            String suspect = "#worklist tr[data-student-id='" + aidedId + "']";
            assertThat(browser.find(suspect).getText()).contains("柯有车", "企业法定代表人及股东", "县级");
            browser.clickInView(suspect + " .decide-link");
            browser.find("#awards tr[data-award-id='" + awardId + "'] .award-check")
                    .click();
            browser.find("#amount").sendKeys("500.00");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('recovered-on').value = arguments[0]", today.toString());
            browser.find("#voucher").sendKeys(voucher);
            browser.find("#recover-reason").sendKeys("父亲为企业股东，家庭经济不困难");
            browser.screenshot("worklist-suspect");
            browser.clickInView("#recover");
            assertThat(browser.textShowing("#notice", "已处理")).contains("追回资金");
            assertThat(browser.find("#case-status").getText()).contains("已办结", "追回资金");
            String casePath = browser.currentPath();
            assertThat(browser.find("#recovery-entries").getText()).contains(voucher, "500.00", "待复核");
            assertThat(browser.find("#recovery-entries .own-recovery").getText())
                    .contains("另一位工作人员复核");
            assertThat(browser.driver().findElements(By.cssSelector("#recovery-entries .confirm-recovery")))
                    .as("the recorder does not review his own recovery")
                    .isEmpty();

            browser.go("/payout-integrity"); // the menu link lies below the fold of the long menu
            String recovered = "#recoveries tr[data-award-id='" + awardId + "']";
            assertThat(browser.find("#pending-recoveries tr[data-award-id='" + awardId + "']")
                            .getText())
                    .contains("柯有车", "500.00", voucher, "待复核");
            assertThat(browser.driver().findElements(By.cssSelector(recovered)))
                    .as("a recovery waiting for its second review is not recovered money yet")
                    .isEmpty();
            browser.screenshot("worklist-integrity-awaiting-review");
            confirmAsSecondCountyStaff(casePath, voucher);

            browser.go("/payout-integrity");
            assertThat(browser.find(recovered).getText()).contains("柯有车", "500.00", voucher, today.toString());
            assertThat(browser.find("#recovered-amount").getText()).isNotEqualTo("0.00");
            assertThat(browser.driver()
                            .findElements(By.cssSelector("#pending-recoveries tr[data-award-id='" + awardId + "']")))
                    .isEmpty();
            browser.screenshot("worklist-integrity");

            browser.go("/comparison/figures");
            assertThat(browser.find("#figures-total").getText()).contains("在册及过渡期学生", "覆盖率");
            assertThat(browser.find("#item-figures").getText()).contains("应助未助", "四项比对", "已办结");
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("#chart-townships canvas"))
                            .isEmpty()
                    ? null
                    : true);
            browser.screenshot("worklist-figures");
        }
    }

    /** 王建国 (county2), the demo county's second staff member, confirms the recovery his colleague recorded. */
    private void confirmAsSecondCountyStaff(String casePath, String voucher) throws Exception {
        try (Chromium checker = Chromium.open(port)) {
            checker.login("county2", "Pingjiang@2026");
            checker.go(casePath);
            assertThat(checker.find("#recovery-entries").getText()).contains(voucher, "待复核", "李芳");
            checker.clickInView("#recovery-entries .confirm-recovery");
            assertThat(checker.textShowing("#notice", "已复核确认")).contains("500.00");
            assertThat(checker.find("#recovery-entries .recovery-status").getText())
                    .contains("已复核", "王建国");
            checker.screenshot("worklist-recovery-confirmed");
        }
    }

    private static void importList(
            Chromium browser,
            String type,
            String typeName,
            String department,
            String fileName,
            StudentInput pupil,
            LocalDate today)
            throws Exception {
        Path file = ListFiles.workbook(
                false,
                List.of(department + "名单（演示）"),
                List.of("序号", "姓名", "身份证号码"),
                List.of(List.of(
                        "1",
                        pupil.household().getFirst().name(),
                        pupil.household().getFirst().idNumber())));
        Path named = Files.move(file, file.resolveSibling(fileName), StandardCopyOption.REPLACE_EXISTING);
        browser.find("#menu-comparison-lists").click();
        new Select(browser.find("#choose-type")).selectByValue(type);
        browser.find("#choose-department").clear();
        browser.find("#choose-department").sendKeys(department);
        browser.find("#load-mapping").click();
        browser.textShowing("#chosen-type", typeName);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('as-of').value = arguments[0]", today.toString());
        browser.find("#file").sendKeys(named.toString());
        browser.find("#import-list").click();
    }
}
