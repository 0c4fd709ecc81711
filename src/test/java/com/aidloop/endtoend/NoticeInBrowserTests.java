package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.testing.DemoStaff;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.context.ApplicationContext;

/**
 * 认定公示与异议 in a real browser. The school (张敏) publishes a class's notice from the Monday
 * before 国庆: it lasts five working days, to 9 October, and the public page now says 公示已结束.
 * Then a notice from today: someone opens it on a phone (390×844) with the access code, objects
 * anonymously about one student with a photo; the school upholds it, 调整等级 to 一般困难, and the
 * student's identification is 一般困难 from then on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoticeInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext beans;

    DecidedStudents students;

    @BeforeEach
    void setUp() {
        students = new DecidedStudents(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        students.remove();
    }

    @Test
    void aNoticePublishedOverTheNationalDayHolidayLastsFiveWorkingDays() throws Exception {
        List<Long> ids = students.inOneClass(2);
        try (Chromium school = Chromium.open(port);
                Chromium visitor = Chromium.open(port)) {
            school.login("school", DemoStaff.PASSWORD);
            String link = publish(school, ids.getFirst(), "2026-09-28");
            assertThat(school.find("#starts-on").getText()).isEqualTo("2026-09-28");
            assertThat(school.find("#ends-on").getText()).isEqualTo("2026-10-09");
            assertThat(school.find("#working-days").getText()).isEqualTo("5");
            assertThat(school.find("#lines").getText()).contains(students.studentName(ids.getFirst()));

            visitor.driver().get(link);
            assertThat(visitor.find("#ends-on").getText()).isEqualTo("2026-10-09");
            assertThat(visitor.find("#ended").getText()).isEqualTo("公示已结束");
            assertThat(visitor.driver().findElements(By.cssSelector("#code-form, #lines")))
                    .isEmpty();
        }
    }

    @Test
    void anAnonymousObjectionFromAPhoneUpheldChangesTheLevel() throws Exception {
        List<Long> ids = students.inOneClass(2);
        long objected = ids.get(1);
        String name = students.studentName(objected);
        try (Chromium school = Chromium.open(port);
                Chromium phone = Chromium.open(port)) {
            school.login("school", DemoStaff.PASSWORD);
            String link =
                    publish(school, ids.getFirst(), java.time.LocalDate.now().toString());
            String code = school.find("#access-code").getText();

            phone.driver().manage().window().setSize(new Dimension(390, 844));
            phone.driver().get(link);
            phone.find("#code").sendKeys(code);
            phone.tap("#open");
            assertThat(phone.find("#lines").getText()).contains(name).contains("认定为家庭经济困难学生");
            phone.tap("#object");
            new Select(phone.find("#student")).selectByValue(String.valueOf(objected));
            phone.find("#content").sendKeys("该生家里去年新买了小汽车，家庭条件较好");
            phone.find("#photo").sendKeys(photo().toString());
            phone.screenshot("notice-objection-phone");
            phone.tap("#send");
            assertThat(phone.textShowing("#sent", "已提交")).contains("3个工作日内");

            school.driver().navigate().refresh();
            WebElement row = school.find("#objections tbody tr");
            assertThat(row.getText()).contains("匿名").contains(name).contains("待处理");
            school.find("#objections .open-objection").click();
            assertThat(school.find("#in-force").getText()).isEqualTo("特别困难");
            assertThat(school.find("#photo").getText()).isEqualTo("查看照片");
            school.find("#decision-ADJUST_LEVEL").click();
            new Select(school.find("#newLevel")).selectByValue("GENERAL");
            school.find("#answer").sendKeys("经入户核实，家庭有车辆，调整为一般困难");
            school.find("#reason").sendKeys("入户核实：家庭有经营性收入");
            school.find("#record-answer").click();

            assertThat(school.textShowing("#notice", "已记录")).isEqualTo("已记录异议处理结果");
            assertThat(school.find("#decision").getText()).isEqualTo("调整等级：一般困难");
            assertThat(school.find("#in-force").getText()).isEqualTo("一般困难，三方会审中");

            school.go("/identification/applications/" + objected);
            assertThat(school.find("#decided").getText())
                    .as("the application itself carries the level the objection changed")
                    .isEqualTo("一般困难");
            assertThat(school.find("#status").getText()).isEqualTo("三方会审中");
            assertThat(school.find("#history").getText()).contains("公示异议调整", "入户核实：家庭有经营性收入");
        }
    }

    /** Publishes the class of an application from a day; answers the notice's link. */
    private String publish(Chromium school, long applicationId, String startsOn) {
        school.find("#menu-notices").click();
        new Select(school.find("#coverage")).selectByValue("CLASS");
        new Select(school.find("#gradeAndClass"))
                .selectByValue(students.grade(applicationId) + "|" + students.className(applicationId));
        WebElement day = school.find("#startsOn");
        ((JavascriptExecutor) school.driver()).executeScript("arguments[0].value = arguments[1]", day, startsOn);
        school.find("#publish").click();
        assertThat(school.textShowing("#notice", "已发布公示")).contains("5个工作日");
        return school.find("#link").getText();
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("objection", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
