package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The private exchange as county staff do it from the page: they make a request for the civil
 * affairs bureau's 特困供养 list, copy the key shown once, download the request file, the tool and
 * the guide; the bureau runs the downloaded tool over its own list (here with {@code java}, as its
 * staff would); the county imports the answer on the page, which becomes a list, and the pupil
 * whose father is on it is in the register. The request carries no ID number and the key is
 * nowhere on the exchanges page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExchangeInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Test
    void theCountyRequestsTheBureauAnswersWithTheToolAndTheAnswerFindsThePupil() throws Exception {
        SchoolView school = schools.byCode("2143062611").orElseThrow();
        StudentInput pupil = People.pupil("丁小禾", school.id(), People.childId(true), "430626102", null);
        long pupilId = students.register(pupil, DataScope.region("430626")).id();
        String fatherId = pupil.household().getFirst().idNumber();
        Path dir = Files.createTempDirectory("exchange-page-");

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.find("#menu-comparison-exchanges").click();
            new Select(browser.find("#type")).selectByValue("EXTREME_POVERTY");
            browser.find("#department").sendKeys("县民政局");
            browser.find("#create-exchange").click();
            String key = browser.find("#exchange-key").getText();
            assertThat(key).matches("([0-9a-f]{8}-){7}[0-9a-f]{8}");
            assertThat(browser.find("#created-facts").getText()).contains("密钥校验码");
            String exchangeId = browser.find("#created-title").getText().replaceAll("^比对交换(\\d+)：.*$", "$1");
            Path request = Files.write(dir.resolve("比对请求.csv"), browser.download(browser.find("#download-request")));
            assertThat(Files.readString(request)).contains("匹配码").doesNotContain(fatherId);
            browser.screenshot("exchange-created");

            browser.find("#back-to-exchanges").click();
            assertThat(browser.find("#exchanges").getText()).doesNotContain(key);
            Path tool = Files.write(
                    dir.resolve("DepartmentExchange.java"), browser.download(browser.find("#download-tool")));
            assertThat(new String(browser.download(browser.find("#download-guide")), StandardCharsets.UTF_8))
                    .contains("部门隐私比对操作指南");

            Path answer = dir.resolve("比对回复.csv");
            String output = runTool(
                    tool, key, request, bureauList(dir, pupil.household().getFirst()), answer);
            assertThat(Files.readString(answer))
                    .as(output)
                    .contains(pupil.household().getFirst().name())
                    .doesNotContain(fatherId);

            WebElement row = browser.find("#exchanges tr[data-exchange-id='" + exchangeId + "']");
            row.findElement(org.openqa.selenium.By.cssSelector(".answer-file")).sendKeys(answer.toString());
            WebElement asOf = row.findElement(org.openqa.selenium.By.cssSelector(".answer-as-of"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].value = arguments[1]", asOf, today().toString());
            row.findElement(org.openqa.selenium.By.cssSelector(".answer-submit"))
                    .click();
            assertThat(browser.textShowing("#notice", "比对交换" + exchangeId)).contains("特困供养", "1人");

            browser.go("/comparison/register?school=" + school.id());
            assertThat(browser.find("#register tr[data-student-id='" + pupilId + "']")
                            .getText())
                    .contains("丁小禾", "特困供养");
            browser.find("#menu-comparison-exchanges").click();
            assertThat(browser.find("#exchanges tr[data-exchange-id='" + exchangeId + "'] .exchange-status")
                            .getText())
                    .contains("已导入回复");
            browser.screenshot("exchange-answered");
        }
    }

    /** The bureau's own list, saved by its office suite as GBK CSV with a title line. */
    private static Path bureauList(Path dir, StudentInput.MemberInput father) throws Exception {
        Path list = dir.resolve("特困供养人员名册.csv");
        Files.writeString(
                list,
                "县民政局特困供养人员名册\n序号,姓名,身份证号码,联系电话\n1," + father.name() + "," + father.idNumber()
                        + ",13907301234\n2,路人甲,"
                        + People.idNumber(1962, true) + ",\n",
                Charset.forName("GB18030"));
        return list;
    }

    private static String runTool(Path tool, String key, Path request, Path list, Path answer) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8",
                tool.toString(),
                "--key",
                key,
                "--request",
                request.toString(),
                "--list",
                list.toString(),
                "--out",
                answer.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
