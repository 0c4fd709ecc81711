package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.school.SchoolFiles;
import com.aidloop.school.SchoolFixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The school import in a real browser with the demo county's aid centre: from 学校管理 to 批量导入,
 * the template, a file with a wrong code checked (校验) and its problem read by row and column,
 * the corrected file checked and committed with 确认导入, and the same file again changing nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SchoolImportInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void countyStaffChecksFixesAndImportsASchoolFile() throws Exception {
        Path dir = Files.createTempDirectory("school-import-browser");
        String code = SchoolFixtures.nextCode();
        List<String> school =
                SchoolFiles.row(code, "平江县童市镇第二小学", "小学、初中", "公办", "童市镇", "童市镇新华路6号", "彭老师", "0730-6781234");
        List<String> wrong = SchoolFiles.row(code.substring(0, 9), "平江县童市镇第二小学", "小学、初中", "公办", "童市镇");
        Path withError = SchoolFiles.xlsx(dir.resolve("学校信息-有错误.xlsx"), List.of(wrong));
        Path corrected = SchoolFiles.xlsx(dir.resolve("学校信息.xlsx"), List.of(school));

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.go("/schools");
            browser.find("#import-schools").click();
            try (XSSFWorkbook template =
                    new XSSFWorkbook(new ByteArrayInputStream(browser.download(browser.find("#download-template"))))) {
                assertThat(template.getSheet("学校信息").getRow(1).getCell(0).getStringCellValue())
                        .startsWith("例：");
            }

            browser.find("#file").sendKeys(withError.toString());
            assertThat(browser.find("#file-name").getText()).isEqualTo("学校信息-有错误.xlsx");
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            List<WebElement> problems = browser.driver().findElements(By.cssSelector("tr[data-problem-row]"));
            assertThat(problems)
                    .singleElement()
                    .extracting(WebElement::getText)
                    .asString()
                    .startsWith("第2行 学校标识码：应为10位数字，当前为9位，请核对后重新填写");
            assertThat(browser.driver().findElements(By.cssSelector("#confirm-commit")))
                    .isEmpty();
            browser.screenshot("school-import-errors");

            browser.find("#again").click();
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("1");
            browser.find("#confirm-commit").click();
            browser.waitForImportStatus("已导入");
            assertThat(browser.find("#committed").getText()).contains("新增学校 1 所");
            browser.screenshot("school-import-committed");

            browser.find("#again").click();
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#commit").click();
            browser.waitForImportStatus("已导入");
            assertThat(browser.find("#nothing-changed").getText()).isEqualTo("表中1所学校的信息与已登记的完全相同，本次未做任何修改。");

            browser.go("/schools?q=" + code);
            assertThat(browser.find("[data-contact-phone]").getText()).isEqualTo("073*****1234");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
