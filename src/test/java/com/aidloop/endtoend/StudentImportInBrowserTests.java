package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.registry.People;
import com.aidloop.registry.RegistrationFiles;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The student-registration import in a real browser with the demo county's aid centre: a list
 * with a wrong 户口性质 checked (校验), its refused row downloaded as 错误数据 with 原行号 and 错误原因,
 * the corrected list checked again and written with 确认导入, as the school and roster imports do.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StudentImportInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SchoolManagement schools;

    @Test
    void countyStaffChecksDownloadsTheRefusedRowAndConfirmsTheCorrectedList() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇浏览器学籍小学", "430626102"), SchoolFixtures.county());
        Path dir = Files.createTempDirectory("student-import-browser");
        List<String> pupil = RegistrationFiles.pupil(school.code(), "黄浏览", People.childId(true), "六年级", "1班");
        Path withError = RegistrationFiles.xlsx(
                dir.resolve("学籍名单-有错误.xlsx"), List.of(RegistrationFiles.with(pupil, "户口性质", "火星户口")));
        Path corrected = RegistrationFiles.xlsx(dir.resolve("学籍名单.xlsx"), List.of(pupil));

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/students");
            browser.find("#menu-student-imports").click();
            browser.find("#file").sendKeys(withError.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            assertThat(browser.find("tr[data-problem-row]").getText()).startsWith("第3行 户口性质：户口性质“火星户口”无法识别");
            assertThat(browser.driver().findElements(By.cssSelector("#confirm-commit")))
                    .isEmpty();
            try (XSSFWorkbook errors =
                    new XSSFWorkbook(new ByteArrayInputStream(browser.download(browser.find("#download-errors"))))) {
                Row header = errors.getSheetAt(0).getRow(0);
                Row refused = errors.getSheetAt(0).getRow(1);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("原行号");
                assertThat(refused.getCell(0).getNumericCellValue()).isEqualTo(3);
                assertThat(refused.getCell(header.getLastCellNum() - 1).getStringCellValue())
                        .startsWith("户口性质：");
            }
            browser.screenshot("student-import-errors");

            browser.find("#again").click();
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            assertThat(browser.find("#clean").getText()).contains("校验通过", "确认导入");
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("1");
            browser.find("#confirm-commit").click();
            browser.waitForImportStatus("已导入");
            assertThat(browser.find("#committed").getText()).contains("新增学生 1 名");
            browser.screenshot("student-import-committed");

            browser.go("/students?q=黄浏览");
            assertThat(browser.textShowing("#students", "黄浏览")).contains("六年级");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
