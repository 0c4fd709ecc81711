package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The family's door on a phone (390×844): the demo guardian {@code parent} logs in with the
 * registered number and the SMS code, and sees the pupil of 三市镇中心小学 with the open 2026学年
 * window and the link to the pupil's application (the demo made one); on the embedded database the login page shows the demo's number
 * and code. Then the school (张敏) prints an invitation slip for another pupil, and a second phone
 * redeems it and sees that pupil, and only that pupil.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FamilyAccessInBrowserTests {

    static final PhoneNumber SECOND_PHONE = new PhoneNumber("19987650001");

    @LocalServerPort
    int port;

    @Autowired
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<EmbeddedDatabaseInUse> embedded;

    List<GuardianPhone> guardians;

    @BeforeEach
    void freshCodes() {
        guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools);
        FamilyCodesSent.forget(jdbc, sensitive, guardians.getFirst().phone());
        FamilyCodesSent.forget(jdbc, sensitive, SECOND_PHONE);
        List.of("127.0.0.1", "0:0:0:0:0:0:0:1").forEach(a -> FamilyCodesSent.forgetAddress(jdbc, a));
    }

    @Test
    void theDemoGuardianLogsInByPhoneAndCodeAndSeesTheOpenWindowAndThePupil() throws Exception {
        GuardianPhone parent = guardians.getFirst();
        try (Chromium browser = phone(Chromium.open(port))) {
            browser.go("/family/login");
            if (embedded.getIfAvailable() != null) {
                assertThat(browser.find("#demo-phone").getText())
                        .isEqualTo(parent.phone().value());
            }
            browser.find("#phone").sendKeys(parent.phone().value());
            browser.find("#send-code").click();
            assertThat(browser.textShowing("#phone-masked", "****"))
                    .isEqualTo(parent.phone().masked());
            String code =
                    FamilyCodesSent.lastCode(jdbc, sensitive, parent.phone()).orElseThrow();
            if (embedded.getIfAvailable() != null) {
                assertThat(browser.find("#demo-code").getText()).isEqualTo(code);
            }
            browser.find("#code").sendKeys(code);
            WebElement verify = browser.find("#verify");
            assertThat(verify.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            verify.click();

            WebElement card =
                    browser.find(".student[data-student-id='" + parent.student().id() + "']");
            assertThat(card.findElement(By.cssSelector(".student-name")).getText())
                    .isEqualTo(parent.student().name());
            assertThat(card.findElement(By.cssSelector(".school")).getText()).startsWith("平江县三市镇中心小学");
            assertThat(card.findElement(By.cssSelector(".window-state")).getText())
                    .isEqualTo("申请中");
            assertThat(card.findElement(By.cssSelector(".year")).getText()).startsWith("2026学年资助认定");
            assertThat(card.findElement(By.cssSelector(".dates")).getText()).startsWith("申请时间：");
            // the demo gives the pupil an application of the guardian's own, returned by the school: no second one
            assertThat(card.findElement(By.cssSelector("a.my-application")).getText())
                    .isEqualTo("我的申请：已退回");
            assertThat(card.findElements(By.cssSelector("a.apply"))).isEmpty();
            assertThat(browser.find("#actor").getText())
                    .isEqualTo("家长：" + parent.phone().masked());
            browser.assertOneColumn();
            browser.screenshot("family-home");

            // the family finds no staff page
            browser.go("/students");
            assertThat(browser.driver().getPageSource()).doesNotContain("学生信息");
            browser.find("#logout").click();
            browser.find("#logged-out");
        }
    }

    @Test
    void aSchoolPrintsAnInvitationSlipAndASecondPhoneRedeemsIt() throws Exception {
        FamilyStudents.FamilyStudent pupil = guardians.get(guardians.size() - 1).student();
        String slipCode;
        try (Chromium school = Chromium.open(port)) {
            school.login("school", DemoStaff.PASSWORD);
            school.go("/students/" + pupil.id());
            school.find("#invite-family").click();
            assertThat(school.find("#invite-student").getText()).isEqualTo(pupil.name());
            school.find("#issue").click();
            assertThat(school.find("#slip-student").getText()).isEqualTo(pupil.name());
            assertThat(school.find("#slip-school").getText()).isEqualTo("平江县三市镇中心小学");
            slipCode = school.find("#slip-code").getText();
            assertThat(slipCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            school.screenshot("family-invitation-slip");
        }
        try (Chromium family = phone(Chromium.open(port))) {
            family.go("/family/login");
            family.find("#to-invitation").click();
            family.find("#invitation").sendKeys(slipCode);
            family.find("#phone").sendKeys(SECOND_PHONE.value());
            family.find("#send-code").click();
            family.textShowing("#phone-masked", "****");
            family.find("#code")
                    .sendKeys(FamilyCodesSent.lastCode(jdbc, sensitive, SECOND_PHONE)
                            .orElseThrow());
            family.find("#verify").click();

            family.find(".student[data-student-id='" + pupil.id() + "']");
            assertThat(family.driver().findElements(By.cssSelector(".student"))).hasSize(1);
            family.assertOneColumn();
            family.find("#logout").click();
            family.waitFor(d -> d.getCurrentUrl().contains("logout") ? true : null); // the session has ended

            // the slip is used: the same code again is refused with a reason
            family.go("/family/invitation");
            family.find("#invitation").sendKeys(slipCode);
            family.find("#phone").sendKeys("19987650002");
            family.find("#send-code").click();
            assertThat(family.textShowing("#error", "邀请码")).contains("已使用");
        }
    }

    private static Chromium phone(Chromium browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        return browser;
    }
}
