package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guardian applies from a phone (390×844): logs in with the registered number and the SMS code,
 * consents first, enters two household members (the second row added on the page) and a photo,
 * and submits. The class teacher (黄丽, account {@code teacher}) records the class review; the
 * school (张敏) returns the application with a reason; the guardian reads the reason, corrects the
 * form and submits again; the class reviews again and the school decides. The guardian sees each
 * step, the level, and what was submitted on a printable page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FamilyApplicationInBrowserTests {

    static final String REASON = "请补充父亲的诊断证明，并核对母亲的年收入";

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
    ThreePartyReviews threeParty;

    private long student;

    @AfterEach
    void removeTheApplication() {
        jdbc.sql("DELETE FROM identification_application WHERE student_id = :s")
                .param("s", student)
                .update();
    }

    @Test
    void aGuardianAppliesTheClassReviewsTheSchoolReturnsTheGuardianCorrectsAndTheSchoolDecides() throws Exception {
        GuardianPhone guardian = aGuardianInTheTeachersClassWithoutApplication();
        student = guardian.student().id();
        String pupil = guardian.student().name();
        FamilyCodesSent.forget(jdbc, sensitive, guardian.phone());
        List.of("127.0.0.1", "0:0:0:0:0:0:0:1").forEach(a -> FamilyCodesSent.forgetAddress(jdbc, a));
        Path photo = Files.createTempFile("diagnosis", ".jpg");
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        try (Chromium family = Chromium.open(port)) {
            family.driver().manage().window().setSize(new Dimension(390, 844));
            logIn(family, guardian);
            family.tap(".student[data-student-id='" + student + "'] a.apply");

            // the consent first: without the tick nothing starts
            assertThat(family.find("#consent-text").getText()).contains("谁能看到", "保存多久", "用途");
            family.find("#consentBy").sendKeys("钱秀兰");
            family.tap("#give-consent");
            assertThat(family.textShowing("#error", "勾选")).contains("我已阅读并同意");
            family.find("#consentBy").clear();
            family.find("#consentBy").sendKeys("钱秀兰");
            family.tap("label[for=agree]");
            family.tap("#give-consent");

            assertThat(family.find("#form-title").getText()).startsWith(pupil);
            assertThat(family.driver().findElements(By.cssSelector("#consentBy")))
                    .isEmpty();
            FamilyForm.member(family, 0, "赵大山", "父亲", "45", "8000", "大病");
            family.tap("#add-member");
            FamilyForm.member(family, 1, "钱秀兰", "母亲", "41", "30000", "健康");
            family.find("#signedName").sendKeys("钱秀兰");
            ((JavascriptExecutor) family.driver())
                    .executeScript("arguments[0].value = '2026-09-20'", family.find("#signedOn"));
            family.assertOneColumn();
            family.screenshot("family-application-form-390");
            family.tap("#save-form");
            assertThat(family.textShowing("#notice", "草稿已保存")).contains("提交申请");
            assertThat(family.find("#member-count").getText()).isEqualTo("家庭成员：2人");

            family.find("#evidence-title").sendKeys("父亲病历");
            family.find("#evidence-file").sendKeys(photo.toString());
            family.tap("#upload-evidence");
            assertThat(family.textShowing("#evidence-list", "父亲病历")).contains("JPEG");
            assertThat(family.find("#notice").getText()).isEqualTo("证明材料已上传（照片已重新编码，去除了位置等信息）。");
            family.tap("#submit");
            assertThat(family.textShowing("#notice", "申请已提交")).contains("班级评议");
            assertThat(family.find("#status").getText()).isEqualTo("已提交");
            assertThat(stepStates(family)).containsExactly("DONE", "DONE", "CURRENT", "TODO");
            family.assertOneColumn();
            family.screenshot("family-application-submitted");
            long id = Long.parseLong(family.currentPath().replaceAll("\\D*(\\d+).*", "$1"));

            classReview(id);
            try (Chromium school = Chromium.open(port)) {
                school.login("school", DemoStaff.PASSWORD);
                school.go("/identification/applications/" + id);
                assertThat(school.find("#source").getText()).isEqualTo("家庭网上申请");
                assertThat(school.find("#members").getText()).contains("赵大山", "钱秀兰");
                school.find("#return-reason-input").sendKeys(REASON);
                school.tap("#return");
                assertThat(school.textShowing("#status", "已退回")).isEqualTo("已退回");
            }

            family.driver().navigate().refresh();
            assertThat(family.textShowing("#status", "已退回")).isEqualTo("已退回");
            assertThat(family.find("#return-reason").getText()).contains(REASON);
            family.tap("#edit");
            assertThat(family.find("#return-reason").getText()).contains(REASON);
            WebElement income = family.find("input[name='members[1].income']");
            income.clear();
            income.sendKeys("24000");
            family.tap("#save-form");
            family.textShowing("#notice", "草稿已保存");
            assertThat(family.find("#submit").getText()).isEqualTo("重新提交申请");
            family.tap("#submit");
            assertThat(family.textShowing("#status", "已提交")).isEqualTo("已提交");

            classReview(id);
            try (Chromium school = Chromium.open(port)) {
                school.login("school", DemoStaff.PASSWORD);
                school.go("/identification/applications/" + id);
                new Select(school.find("#level")).selectByVisibleText("一般困难");
                school.find("#decision-reason").sendKeys("评议小组结合家访情况认定");
                school.tap("#decide");
                // a primary school's decision goes on to the village, township and county (三方会审)
                assertThat(school.textShowing("#status", "三方会审中")).isEqualTo("三方会审中");
            }
            family.driver().navigate().refresh();
            assertThat(family.textShowing("#status", "三方会审中")).isEqualTo("三方会审中");
            // the level is not the family's result until three-party review approves it
            assertThat(family.driver().findElements(By.id("decided"))).isEmpty();
            assertThat(family.find("#steps").getText()).doesNotContain("一般困难").contains("三方会审");
            assertThat(stepStates(family)).containsExactly("DONE", "DONE", "DONE", "DONE", "CURRENT");
            ThreePartyPassage.approve(threeParty, jdbc, List.of(id));

            family.driver().navigate().refresh();
            assertThat(family.textShowing("#status", "县级已审批")).isEqualTo("县级已审批");
            assertThat(family.find("#decided").getText()).contains("一般困难");
            assertThat(stepStates(family)).containsExactly("DONE", "DONE", "DONE", "DONE", "DONE");
            assertThat(family.find("#steps").getText()).contains("县级已审批：一般困难");
            assertThat(family.driver().findElements(By.cssSelector("#withdraw, #submit, #edit")))
                    .isEmpty();
            family.tap("#print");
            assertThat(family.find("#print-members").getText()).contains("赵大山", "钱秀兰", "24000", "大病");
            assertThat(family.find("#print-commitment").getText()).contains("钱秀兰");
        } finally {
            Files.deleteIfExists(photo);
        }
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
    }

    /** The class teacher records 同意 for the application at the class review. */
    private void classReview(long id) throws Exception {
        try (Chromium teacher = Chromium.open(port)) {
            teacher.login("teacher", DemoStaff.PASSWORD);
            teacher.go("/identification/reviews?className="
                    + java.net.URLEncoder.encode(
                            jdbc.sql("SELECT class_name FROM identification_application WHERE id = :id")
                                    .param("id", id)
                                    .query(String.class)
                                    .single(),
                            java.nio.charset.StandardCharsets.UTF_8));
            WebElement row = teacher.find("#review-rows tr[data-id='" + id + "']");
            assertThat(row.getText()).doesNotContain("8000").doesNotContain("大病");
            new Select(row.findElement(By.cssSelector(".verdict"))).selectByVisibleText("同意");
            WebElement votes = row.findElement(By.cssSelector(".votes-for"));
            votes.clear();
            votes.sendKeys("7");
            teacher.find("#studentReps").sendKeys("学生代表王同学");
            teacher.find("#parentReps").sendKeys("家长代表刘女士");
            teacher.tap("#record-review");
            teacher.textShowing("#notice", "班级评议已记录");
        }
    }

    private List<String> stepStates(Chromium family) {
        return family.driver().findElements(By.cssSelector("#steps .step")).stream()
                .map(step -> step.getAttribute("data-state"))
                .toList();
    }

    /** A registered guardian of 三市镇中心小学 (not the demo's nor the invitation test's) in the demo teacher's class. */
    private GuardianPhone aGuardianInTheTeachersClassWithoutApplication() {
        List<String> classes = jdbc.sql("""
                        SELECT c.class_name FROM iam_account_class c JOIN iam_account a ON a.id = c.account_id
                         WHERE a.username = 'teacher'
                        """).query(String.class).list();
        List<GuardianPhone> guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools);
        return guardians.subList(1, guardians.size() - 1).stream()
                .filter(g -> classes.contains(g.student().className()))
                .filter(g -> jdbc.sql("SELECT count(*) FROM identification_application WHERE student_id = :s")
                                .param("s", g.student().id())
                                .query(Integer.class)
                                .single()
                        == 0)
                .reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError("no guardian of the teacher's class without an application"));
    }
}
