package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An appeal (申诉) in real browsers: a guardian whose child 三市镇中心小学 decided 不困难 (approved after
 * three-party review) appeals from the phone (390×844); the county (account {@code county}) finds
 * it among 待处理申诉, raises the level to 一般困难 with a reason; the school's application page
 * shows the change as 申诉改定 in the history; the guardian sees the outcome on the phone, final.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppealInBrowserTests {

    static final String GROUNDS = "父亲八月住院，积蓄都用于治疗，病历已补齐";

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
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews threeParty;

    private long student;

    @AfterEach
    void removeTheApplication() {
        jdbc.sql("DELETE FROM identification_application WHERE student_id = :s")
                .param("s", student)
                .update();
    }

    @Test
    void aGuardianAppealsARefusalFromThePhoneAndTheCountyRaisesTheLevel() throws Exception {
        GuardianPhone guardian = aGuardianWithoutApplication();
        student = guardian.student().id();
        long id = decidedNotDifficult(guardian);
        FamilyCodesSent.forget(jdbc, sensitive, guardian.phone());
        List.of("127.0.0.1", "0:0:0:0:0:0:0:1").forEach(a -> FamilyCodesSent.forgetAddress(jdbc, a));
        try (Chromium family = Chromium.open(port)) {
            family.driver().manage().window().setSize(new Dimension(390, 844));
            logIn(family, guardian);
            family.go("/family/applications/" + id);
            assertThat(family.textShowing("#decided", "不困难")).contains("不困难");
            family.tap("#to-appeal");
            assertThat(family.find("#level-in-force").getText()).contains("不困难");
            assertThat(family.find("#last-day").getText())
                    .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .plusDays(10)
                            .toString());
            family.tap("#lodge");
            assertThat(family.textShowing("#error", "申诉理由")).contains("请填写申诉理由");
            family.find("#grounds").sendKeys(GROUNDS);
            family.assertOneColumn();
            family.screenshot("family-appeal-390");
            family.tap("#lodge");
            assertThat(family.textShowing("#notice", "申诉已提交")).contains("县级资助中心");
            assertThat(family.find("#outcome").getText()).isEqualTo("等待县级资助中心处理");
            assertThat(family.driver().findElements(By.cssSelector("#appeal-form")))
                    .isEmpty();

            try (Chromium county = Chromium.open(port)) {
                county.login("county", DemoStaff.PASSWORD);
                county.go("/identification/appeals");
                assertThat(Integer.parseInt(county.find("#count-waiting").getText()))
                        .isPositive();
                long appeal = Long.parseLong(jdbc.sql("SELECT id FROM identification_appeal WHERE application_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single());
                county.tap("#appeal-rows tr[data-id='" + appeal + "'] a.open-appeal");
                assertThat(county.find("#grounds").getText()).contains(GROUNDS);
                county.tap("label[for=change-level]");
                new Select(county.find("#new-level")).selectByVisibleText("一般困难");
                county.find("#ruling-reason-input").sendKeys("县资助中心家访核实父亲住院属实");
                county.tap("#decide");
                assertThat(county.textShowing("#notice", "申诉已处理")).contains("改为一般困难");
                assertThat(county.driver().findElements(By.cssSelector("#decide-form")))
                        .isEmpty();
                county.tap("#to-application");
                assertThat(county.textShowing("#history", "申诉改定")).contains("县资助中心家访核实父亲住院属实");
                assertThat(county.find("#decided").getText()).isEqualTo("一般困难");
                assertThat(county.find("#appeal-summary").getText()).contains("改为一般困难");
            }

            family.driver().navigate().refresh();
            assertThat(family.textShowing("#outcome", "改为")).isEqualTo("改为一般困难");
            assertThat(family.find("#outcome-reason").getText()).contains("家访核实");
            assertThat(family.find("#final").getText()).contains("不能再次申诉");
            family.assertOneColumn();
            family.screenshot("family-appeal-decided-390");
            family.tap("#back-application");
            assertThat(family.textShowing("#decided", "一般困难")).contains("一般困难");
            assertThat(family.find("#appeal-outcome").getText()).contains("改为一般困难");
        }
    }

    private long decidedNotDifficult(GuardianPhone guardian) {
        CurrentAccount school = new CurrentAccount(
                -94,
                "appeal-browser-school",
                "测试",
                Set.of(Role.SCHOOL_STAFF),
                null,
                guardian.student().schoolId());
        long id = applications.start(guardian.student().id(), Source.PAPER, school);
        applications.revise(id, form(), school);
        applications.consent(id, "钱秀兰", true, true, school);
        submitting.submit(id, school);
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        deciding.decide(id, DifficultyLevel.NOT_DIFFICULT, "评议小组认为家庭收入稳定", school);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        return id;
    }

    private static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("赵大山", "父亲", 45, "农村务农", "", new BigDecimal("8000"), Health.MAJOR_ILLNESS),
                        new Member("钱秀兰", "母亲", 41, "务工", "县城餐馆", new BigDecimal("12000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of(),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of(),
                new Commitment("钱秀兰", LocalDate.now()));
    }

    private void logIn(Chromium family, GuardianPhone guardian) {
        family.go("/family/login");
        family.find("#phone").sendKeys(guardian.phone().value());
        family.find("#send-code").click();
        family.textShowing("#phone-masked", "****");
        family.find("#code")
                .sendKeys(FamilyCodesSent.lastCode(jdbc, sensitive, guardian.phone())
                        .orElseThrow());
        family.find("#verify").click();
        family.textShowing("#actor", "家长");
    }

    /** A registered guardian of 三市镇中心小学 (not the demo's nor the invitation test's) without an application. */
    private GuardianPhone aGuardianWithoutApplication() {
        List<GuardianPhone> guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools);
        return guardians.subList(1, guardians.size() - 1).stream()
                .filter(g -> jdbc.sql("SELECT count(*) FROM identification_application WHERE student_id = :s")
                                .param("s", g.student().id())
                                .query(Integer.class)
                                .single()
                        == 0)
                .skip(3)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no guardian without an application"));
    }
}
