package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.ListFiles;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county receives the trade union's list of needy workers (困难职工) as the union keeps it: a
 * title line, its own column names (职工姓名, 职工身份证号). It chooses the type and department,
 * maps the columns, sets the as-of date, imports, and finds a pupil of 三市镇中心小学 whose father
 * is on the list in the special-difficulty register, found through the guardian.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComparisonInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Test
    void theCountyImportsAUnionListWithItsOwnColumnsAndSeesThePupilInTheRegister() throws Exception {
        SchoolView school = schools.byCode("2143062611").orElseThrow();
        StudentInput pupil = People.pupil("邓小雨", school.id(), People.childId(false), "430626102", null);
        long studentId = students.register(pupil, DataScope.region("430626")).id();
        String fatherId = pupil.household().getFirst().idNumber();
        Path file = ListFiles.workbook(
                false,
                List.of("平江县困难职工档案（演示）", "填报单位：县总工会"),
                List.of("序号", "职工姓名", "职工身份证号", "困难类型"),
                List.of(
                        List.of("1", "李建国", fatherId, "因病致困"),
                        List.of("2", "错号码", wrongCheckDigit(People.idNumber(1980, true)))));
        Path named =
                Files.move(file, file.resolveSibling("困难职工名单.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.find("#menu-comparison-lists").click();
            new Select(browser.find("#choose-type")).selectByValue("NEEDY_WORKERS");
            browser.find("#choose-department").clear();
            browser.find("#choose-department").sendKeys("县总工会");
            browser.find("#load-mapping").click();
            assertThat(browser.textShowing("#chosen-type", "困难职工")).isEqualTo("困难职工");
            browser.find("#map-id").clear();
            browser.find("#map-id").sendKeys("职工身份证号");
            browser.find("#map-name").clear();
            browser.find("#map-name").sendKeys("职工姓名");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('as-of').value = arguments[0]", today);
            browser.find("#file").sendKeys(named.toString());
            browser.screenshot("comparison-list-form");
            browser.find("#import-list").click();

            assertThat(browser.textShowing("#notice", "已导入")).contains("困难职工", "1人", "跳过1行");
            assertThat(browser.find("#problems").getText()).contains("职工身份证号", "校验位错误");
            browser.screenshot("comparison-list-result");

            browser.find("#to-register").click();
            WebElement line = browser.find("#register tr[data-student-id='" + studentId + "']");
            assertThat(line.getText()).contains("邓小雨", "困难职工", "县总工会", today, "监护人", "在册");
            assertThat(line.getText()).doesNotContain(pupil.idNumber());
            assertThat(browser.find("#register").getText()).contains("彭雨涵", "毛浩宇", "残疾等级：已登记（隐藏）");
            assertThat(browser.find("#held").getText()).contains("刘小红", "刘晓红");
            new Select(browser.find("#f-status")).selectByValue("EXITED");
            browser.find("#filter").click();
            browser.waitFor(d -> browser.currentPath().contains("status=EXITED"));
            assertThat(browser.driver()
                            .findElements(By.cssSelector("#register tr[data-student-id='" + studentId + "']")))
                    .isEmpty();
            browser.screenshot("comparison-register");
        }
    }

    @Test
    void theCountyChoosesTheSheetWhenAWorkbookHoldsTwoLists() throws Exception {
        SchoolView school = schools.byCode("2143062611").orElseThrow();
        StudentInput pupil = People.pupil("邓小表", school.id(), People.childId(false), "430626102", null);
        long studentId = students.register(pupil, DataScope.region("430626")).id();
        List<String> header = List.of("姓名", "身份证号码", "类别");
        java.util.Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("填表说明", List.of(List.of("本表由县退役军人事务局填报")));
        sheets.put("上半年", List.of(header, List.of("某某", People.idNumber(1960, true), "优抚对象")));
        sheets.put("下半年", List.of(header, List.of(pupil.name(), pupil.idNumber(), "优抚对象")));
        Path file = Files.move(
                ListFiles.sheets(false, sheets, java.util.Set.of()),
                Files.createTempDirectory("sheets").resolve("优抚对象.xlsx"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/comparison/lists?type=ENTITLED_GROUPS");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('as-of').value = arguments[0]", today);
            assertThat(browser.find("#map-sheet").getAttribute("placeholder")).isEqualTo("自动识别");
            browser.find("#file").sendKeys(file.toString());
            browser.find("#import-list").click();

            assertThat(browser.textShowing("#form-problem", "工作表")).contains("上半年、下半年");
            Select sheet = new Select(browser.find("#map-sheet"));
            assertThat(sheet.getOptions()).extracting(WebElement::getText).contains("上半年", "下半年");
            browser.screenshot("comparison-list-choose-sheet");
            sheet.selectByValue("下半年");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('as-of').value = arguments[0]", today);
            browser.find("#file").sendKeys(file.toString());
            browser.find("#import-list").click();

            assertThat(browser.textShowing("#notice", "已导入")).contains("优抚对象", "1人");
            assertThat(browser.find("main").getText()).contains("优抚对象.xlsx / 下半年");
            browser.find("#to-register").click();
            assertThat(browser.find("#register tr[data-student-id='" + studentId + "']")
                            .getText())
                    .contains("邓小表", "优抚对象", "在册");
        }
    }

    private static String wrongCheckDigit(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }
}
