package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A school's aid worker corrects a pupil's aid card on the student form; the card does not change
 * yet, the student's page shows the change waiting; a county staffer finds it under 资助卡变更审核,
 * approves it there, and only then does the student's page show the new card.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CardChangeInBrowserTests {

    private static final String PASSWORD = "Lanhua#River2026";
    private static final String NEW_CARD = "6217002710000684874";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    @Autowired
    RegistryManagement registry;

    private String account(String prefix, Role role, String region, Long schoolId) {
        String username = prefix + "." + ProcessHandle.current().pid() % 1000 + "." + System.nanoTime() % 100_000;
        accounts.ensureDemoAccount(username, "测试" + role.label(), Set.of(role), region, schoolId, PASSWORD);
        return username;
    }

    @Test
    void aSchoolAsksForANewCardAndACountyStafferApprovesItOnTheCardChangesPage() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
        StudentView pupil = registry.register(People.pupil("李明", school.id()), SchoolFixtures.county());
        String oldCard = pupil.aidCard().cardNumberMasked();

        try (Chromium browser = Chromium.open(port)) {
            browser.login(account("test-e2e-school", Role.SCHOOL_STAFF, null, school.id()), PASSWORD);
            browser.go("/students/" + pupil.id() + "/edit");
            assertThat(browser.find("#card-change-hint").getText()).contains("审核后生效");
            WebElement bank = browser.find("#cardBank");
            bank.clear();
            bank.sendKeys("中国建设银行平江支行");
            // Enter submits the form as 确定 does (a suggestion list under the bank field may cover the button)
            browser.find("#cardNumber").sendKeys(NEW_CARD, Keys.ENTER);

            assertThat(browser.textShowing("#notice", "须由其他县级资助中心工作人员审核后生效")).contains("须由其他县级资助中心工作人员审核后生效");
            assertThat(browser.find("#aid-card dd.al-masked").getText()).isEqualTo(oldCard);
            assertThat(browser.find("#pending-card").getText()).isEqualTo("中国建设银行平江支行 ***************4874");
            assertThat(browser.find("#pending-card-change").getText())
                    .contains("待县级资助中心审核")
                    .doesNotContain(NEW_CARD);
            assertThat(browser.driver().findElements(By.cssSelector("#pending-card-change .approve")))
                    .isEmpty();
            browser.screenshot("card-change-pending");
        }

        try (Chromium browser = Chromium.open(port)) {
            browser.login(account("test-e2e-county", Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null), PASSWORD);
            browser.go("/");
            browser.find("#menu-aid-card-changes").click();
            assertThat(browser.find("h1, .breadcrumb").getText()).contains("资助卡变更审核");
            browser.go("/students/" + pupil.id());
            browser.find("#card-change-review").click();
            String row = "#card-changes tr[data-status='PENDING'] a[href='/students/" + pupil.id() + "']";
            WebElement change = browser.find(row).findElement(By.xpath("ancestor::tr"));
            assertThat(change.findElement(By.cssSelector(".old-card")).getText())
                    .endsWith(oldCard);
            assertThat(change.findElement(By.cssSelector(".new-card")).getText())
                    .isEqualTo("中国建设银行平江支行 ***************4874");
            browser.screenshot("card-changes-list");
            change.findElement(By.cssSelector(".approve")).click();

            assertThat(browser.textShowing("#notice", "已审核通过")).contains("已审核通过", "李明", "***************4874");
            browser.go("/students/" + pupil.id());
            assertThat(browser.find("#aid-card dd.al-masked").getText()).isEqualTo("***************4874");
            assertThat(browser.driver().findElements(By.cssSelector("#pending-card-change")))
                    .isEmpty();
            browser.screenshot("card-change-approved");
        }
    }
}
