package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Identification in a real browser, as 三市镇中心小学's aid officer (张敏) works it: two paper
 * applications of one class entered on the families' behalf (the form at 390×844, two household
 * members and a photo of the paper form), submitted and scored, reviewed by the class review
 * group, the first decided as suggested, the second returned to the family with a reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentificationInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private List<Long> students = List.of();

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_application WHERE student_id = ANY(:ids)")
                .param("ids", students.toArray(Long[]::new))
                .update();
    }

    @Test
    void theSchoolEntersPaperApplicationsTheClassReviewsAndTheSchoolDecides() throws Exception {
        List<Map<String, Object>> pair = twoStudentsOfOneClassWithoutApplication();
        students = pair.stream().map(s -> ((Number) s.get("id")).longValue()).toList();
        String first = (String) pair.get(0).get("name");
        String second = (String) pair.get(1).get("name");
        String className = (String) pair.get(0).get("class_name");
        Path photo = Files.createTempFile("paper-form", ".jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        try (Chromium browser = Chromium.open(port)) {
            browser.login("school", "Pingjiang@2026");
            enterPaperApplication(browser, first, true, photo);
            assertThat(browser.textShowing("#notice", "建议档次")).contains("建议档次：特别困难");
            assertThat(browser.find("#status").getText()).isEqualTo("已提交");
            assertThat(browser.find(".score-explanation").getText()).contains("孤儿");
            enterPaperApplication(browser, second, false, photo);
            assertThat(browser.find("#status").getText()).isEqualTo("已提交");

            browser.find("#menu-reviews").click();
            browser.find("#classes a[data-class='" + className + "']").click();
            WebElement firstRow = browser.find("#review-rows tr[data-student='" + first + "']");
            assertThat(firstRow.getText())
                    .contains("特别困难")
                    .doesNotContain("9000")
                    .doesNotContain("大病");
            browser.find("#studentReps").sendKeys("学生代表王同学");
            browser.find("#parentReps").sendKeys("家长代表刘女士");
            for (String name : List.of(first, second)) {
                WebElement row = browser.find("#review-rows tr[data-student='" + name + "']");
                new Select(row.findElement(By.cssSelector(".verdict"))).selectByVisibleText("同意");
                WebElement votes = row.findElement(By.cssSelector(".votes-for"));
                votes.clear();
                votes.sendKeys("7");
                row.findElement(By.cssSelector(".opinion")).sendKeys("情况属实");
            }
            browser.tap("#record-review");
            assertThat(browser.textShowing("#notice", "班级评议已记录")).contains("班级评议已记录");
            assertThat(browser.find("#minutes-class").getText()).isEqualTo(className);
            assertThat(browser.find("#minutes-rows").getText()).contains(first, second, "同意");

            browser.find("#menu-applications").click();
            new Select(browser.find("#filter select[name=status]")).selectByVisibleText("班级已评议");
            browser.find("#filter input[name=className]").sendKeys(className, org.openqa.selenium.Keys.ENTER);
            // the unfiltered list shows the same row: tick it only on the filtered page
            browser.waitFor(d -> d.getCurrentUrl().contains("className="));
            browser.tap("#applications tr[data-student='" + first + "'] input[name=ids]");
            browser.tap("#decide-as-suggested");
            browser.find("#confirm-ok").click();
            assertThat(browser.textShowing("#notice", "已按评分建议认定")).contains("已按评分建议认定1份申请");
            // decided in a primary school, it is in three-party review now: found by its class
            browser.go("/identification/applications?className="
                    + java.net.URLEncoder.encode(className, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.find("#applications tr[data-student='" + first + "'] .decided")
                            .getText())
                    .isEqualTo("特别困难");

            browser.go("/identification/applications?status=CLASS_REVIEWED");
            browser.find("#applications tr[data-student='" + second + "'] a").click();
            browser.find("#return-reason-input").sendKeys("请补充父亲病历照片");
            browser.tap("#return");
            assertThat(browser.textShowing("#notice", "已退回")).contains("已退回家庭");
            assertThat(browser.find("#status").getText()).isEqualTo("已退回");
            assertThat(browser.find("#return-reason").getText()).contains("请补充父亲病历照片");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private void enterPaperApplication(Chromium browser, String student, boolean orphan, Path photo) throws Exception {
        browser.find("#menu-applications").click();
        browser.find("#new-paper").click();
        browser.find("#q").sendKeys(student);
        browser.find("#search").click();
        browser.find("#students tr .start").click();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.find("#form-title").getText()).startsWith(student);
        browser.find("#consentBy").sendKeys("王秀英");
        FamilyForm.member(browser, 0, "李建国", "父亲", "42", "9000", "大病");
        FamilyForm.member(browser, 1, "王秀英", "母亲", "40", "3000", "健康");
        if (orphan) {
            browser.screenshot("identification-form-groups");
            browser.tap("label[for=group-GUER]");
        }
        browser.find("#signedName").sendKeys("王秀英");
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2026-09-20'", browser.find("#signedOn"));
        browser.screenshot("identification-form-390");
        browser.tap("#save-form");
        assertThat(browser.textShowing("#notice", "申请表已保存")).contains("申请表已保存");
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        assertThat(browser.find("#source").getText()).isEqualTo("学校代录纸质申请");
        assertThat(browser.find("#members").getText()).contains("李建国", "王秀英");
        browser.find("#evidence-form input[name=title]").sendKeys("纸质申请表扫描件");
        browser.find("#evidence-file").sendKeys(photo.toString());
        browser.tap("#upload-evidence");
        assertThat(browser.textShowing("#evidence", "纸质申请表扫描件")).contains("纸质申请表扫描件");
        browser.tap("#submit");
        browser.textShowing("#notice", "建议档次");
    }

    private List<Map<String, Object>> twoStudentsOfOneClassWithoutApplication() {
        return jdbc.sql("""
                        WITH free AS (
                            SELECT s.id, s.name, s.class_name FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                             WHERE sc.code = '2143062611' AND s.class_name IS NOT NULL
                               AND NOT EXISTS (SELECT 1 FROM identification_application a WHERE a.student_id = s.id)
                               AND (SELECT count(*) FROM registry_student t WHERE t.name = s.name) = 1),
                        class AS (SELECT class_name FROM free GROUP BY class_name HAVING count(*) >= 2 ORDER BY random() LIMIT 1)
                        SELECT id, name, class_name FROM free WHERE class_name = (SELECT class_name FROM class) ORDER BY id LIMIT 2
                        """).query().listOfRows();
    }
}
