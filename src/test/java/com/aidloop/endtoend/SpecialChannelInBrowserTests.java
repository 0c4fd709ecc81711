package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.identification.specialchannel.SpecialChannelFixtures;
import com.aidloop.testing.DemoStaff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 特别通道 in a real browser. 三市镇中心小学 (张敏) requests the special channel for a decided
 * student from the application's page, with a private reason; the county (account {@code county})
 * finds it among the requests waiting (待县级审批) and approves it; the school then publishes the
 * class's notice, and a visitor with the link and the access code sees the classmate but neither
 * the approved student nor the reason. Later the county withdraws an approval (撤销特别通道) with a
 * reason: the school reads it on the request, may ask again, and the student is on the class's
 * next notice.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpecialChannelInBrowserTests {

    private static final String REASON = "父母双亡，由年迈的祖母抚养，家长不愿公开";
    private static final String WITHDRAWAL = "家长已同意公开，按普通程序公示";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    DecidedStudents students;
    SpecialChannelFixtures channels;
    final List<Long> studentIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        students = new DecidedStudents(beans);
        channels = new SpecialChannelFixtures(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        channels.remove(studentIds);
        students.remove();
    }

    @Test
    void aSpecialChannelApprovedByTheCountyIsAbsentFromTheSchoolsNotice() throws Exception {
        List<Long> ids = students.inOneClass(2);
        long hidden = ids.getFirst();
        String hiddenName = students.studentName(hidden);
        String shownName = students.studentName(ids.get(1));
        studentIds.add(jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", hidden)
                .query(Long.class)
                .single());
        try (Chromium school = Chromium.open(port);
                Chromium county = Chromium.open(port);
                Chromium visitor = Chromium.open(port)) {
            school.login("school", DemoStaff.PASSWORD);
            school.go("/identification/applications/" + hidden);
            new Select(school.find("#special-channel-category")).selectByValue("ORPHAN");
            school.find("#special-channel-reason").sendKeys(REASON);
            school.find("#request-special-channel").click();
            assertThat(school.textShowing("#notice", "已提交特别通道申请")).contains("等待县级资助中心审批");
            assertThat(school.find("#status").getText()).isEqualTo("待县级审批");
            assertThat(school.find("#reason").getText()).contains(REASON);
            String request = school.currentPath().substring(school.currentPath().lastIndexOf('/') + 1);

            county.login("county", DemoStaff.PASSWORD);
            county.find("#menu-special-channel").click();
            assertThat(Integer.parseInt(county.find("#count-REQUESTED").getText()))
                    .isPositive();
            WebElement row = county.find("#channel-rows tr[data-id='" + request + "']");
            assertThat(row.getText()).contains(hiddenName, "孤儿或事实无人抚养", "待县级审批").doesNotContain(REASON);
            row.findElement(By.cssSelector(".open-channel")).click();
            assertThat(county.find("#reason").getText()).contains(REASON);
            county.screenshot("special-channel-county");
            county.find("#approve").click();
            assertThat(county.textShowing("#notice", "已批准特别通道")).contains(hiddenName);
            assertThat(county.find("#status").getText()).isEqualTo("已批准");

            school.go("/identification/applications/" + hidden);
            assertThat(school.find("#special-channel-status").getText()).contains("已批准");
            String link = publish(school, hidden);
            assertThat(school.find("#lines").getText()).contains(shownName).doesNotContain(hiddenName);
            String code = school.find("#access-code").getText();

            visitor.driver().get(link);
            visitor.find("#code").sendKeys(code);
            visitor.find("#open").click();
            assertThat(visitor.find("#lines").getText()).contains(shownName).doesNotContain(hiddenName);
            assertThat(visitor.driver().getPageSource()).doesNotContain(hiddenName, REASON, "特别通道：");
        }
    }

    @Test
    void theCountyWithdrawsAnApprovalAndTheStudentIsOnTheClasssNextNotice() throws Exception {
        List<Long> ids = students.inOneClass(2);
        long application = ids.getFirst();
        String name = students.studentName(application);
        String classmate = students.studentName(ids.get(1));
        long student = jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", application)
                .query(Long.class)
                .single();
        studentIds.add(student);
        long request = channels.approve(student, Applications.currentSchoolYear());
        try (Chromium school = Chromium.open(port);
                Chromium county = Chromium.open(port)) {
            county.login("county", DemoStaff.PASSWORD);
            county.find("#menu-special-channel").click();
            county.find("#tab-APPROVED").click();
            county.find("#channel-rows tr[data-id='" + request + "'] .open-channel")
                    .click();
            county.find("#withdraw").click();
            assertThat(county.textShowing("#problem", "撤销特别通道的理由")).contains("学校可见");
            assertThat(county.find("#status").getText()).isEqualTo("已批准");
            county.find("#withdrawal-input").sendKeys(WITHDRAWAL);
            county.screenshot("special-channel-withdraw");
            county.find("#withdraw").click();
            assertThat(county.textShowing("#notice", "已撤销特别通道")).contains(name);
            assertThat(county.find("#status").getText()).isEqualTo("已撤销");
            assertThat(county.find("#withdrawal").getText()).contains(WITHDRAWAL);
            assertThat(county.driver().findElements(By.id("withdraw-form"))).isEmpty();
            county.find("#menu-special-channel").click();
            county.find("#tab-WITHDRAWN").click();
            assertThat(county.find("#channel-rows tr[data-id='" + request + "']")
                            .getText())
                    .contains(name, "已撤销");

            school.login("school", DemoStaff.PASSWORD);
            school.go("/identification/applications/" + application);
            assertThat(school.find("#special-channel-status").getText()).contains("已撤销");
            assertThat(school.find("#special-channel-form").isDisplayed())
                    .as("the school may ask again")
                    .isTrue();
            school.find("#to-special-channel").click();
            assertThat(school.find("#withdrawal").getText()).contains(WITHDRAWAL);
            assertThat(school.driver().findElements(By.id("withdraw-form"))).isEmpty();
            publish(school, application);
            assertThat(school.find("#lines").getText()).contains(name, classmate);
        }
    }

    /** Publishes the class of an application from today; answers the notice's link. */
    private String publish(Chromium school, long applicationId) {
        school.find("#menu-notices").click();
        new Select(school.find("#coverage")).selectByValue("CLASS");
        new Select(school.find("#gradeAndClass"))
                .selectByValue(students.grade(applicationId) + "|" + students.className(applicationId));
        WebElement day = school.find("#startsOn");
        ((JavascriptExecutor) school.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        day,
                        LocalDate.now().toString());
        school.find("#publish").click();
        assertThat(school.textShowing("#notice", "已发布公示")).contains("5个工作日");
        return school.find("#link").getText();
    }
}
