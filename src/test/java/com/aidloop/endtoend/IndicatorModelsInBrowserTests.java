package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county's indicator model in a real browser with the demo county's aid centre: from the menu
 * to 量化指标体系, the county's variant of the Jiangsu table, a new version drafted, one answer's
 * points changed and saved, the version published (then fixed), and its workbook exported with
 * the new points. The version made is removed afterwards: the demo county keeps its first one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IndicatorModelsInBrowserTests {

    private static final String FAMILY = "430626-JS-2020";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void onlyTheDemoCountysFirstVersionStays() {
        jdbc.sql("""
                        DELETE FROM indicator_score WHERE model_id IN
                            (SELECT id FROM indicator_model WHERE model_key = :key AND version > 1)
                        """).param("key", FAMILY).update();
        jdbc.sql("DELETE FROM indicator_model WHERE model_key = :key AND version > 1")
                .param("key", FAMILY)
                .update();
    }

    @Test
    void countyStaffDraftsANewVersionChangesOnePointsPublishesAndExportsIt() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.find("#menu-indicator-models").click();
            browser.find("tr[data-key='" + FAMILY + "'][data-version='1'] a").click();
            assertThat(browser.find("#model-title").getText()).isEqualTo("平江县（江苏2020表）量化指标体系（2020年春季学期修订） 第1版");
            assertThat(browser.find("#cut-offs-unset").getText()).startsWith("认定档次分数线未设置");
            assertThat(browser.driver().findElements(By.cssSelector("input[name^=points_]")))
                    .isEmpty();

            browser.find("#new-version").click();
            assertThat(browser.textShowing("#notice", "第2版（草稿）")).contains("第2版（草稿）");
            WebElement residence = browser.find("tr[data-code=RESIDENCE] input[name^=points_]");
            assertThat(residence.getAttribute("value")).isEqualTo("3");
            residence.clear();
            assertThat(browser.find("#save-rules").getText()).isEqualTo("保存草稿");
            // Enter in the field saves the draft (the long table puts the button far below)
            residence.sendKeys("4", org.openqa.selenium.Keys.ENTER);
            assertThat(browser.textShowing("#notice", "家庭住址（城乡差异）·县城及农村 3分→4分")).contains("家庭住址（城乡差异）·县城及农村 3分→4分");
            browser.screenshot("indicator-model-draft");

            browser.find("#publish").click();
            assertThat(browser.textShowing("#model-status", "已发布")).isEqualTo("已发布");
            assertThat(browser.find("tr[data-code=RESIDENCE] .points").getText())
                    .isEqualTo("4");
            assertThat(browser.driver().findElements(By.cssSelector("#publish, #save-rules")))
                    .isEmpty();

            try (XSSFWorkbook workbook =
                    new XSSFWorkbook(new ByteArrayInputStream(browser.download(browser.find("#export"))))) {
                assertThat(pointsOf(workbook.getSheet("指标体系"), "RESIDENCE", "县城及农村"))
                        .isEqualTo("4.00");
                assertThat(pointsOf(workbook.getSheet("指标体系"), "RESIDENCE", "地级市所辖区"))
                        .isEqualTo("1.00");
            }
        }
        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY id) FROM audit_event
                         WHERE object_type = 'indicator_model'
                           AND object_id = (SELECT id::text FROM indicator_model WHERE model_key = :key AND version = 2)
                        """).param("key", FAMILY).query(String.class).single())
                .isEqualTo("CREATE,UPDATE,PUBLISH,EXPORT");
    }

    private static String pointsOf(Sheet sheet, String code, String answer) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            if (format.formatCellValue(row.getCell(1)).equals(code)
                    && format.formatCellValue(row.getCell(5)).equals(answer)) {
                return format.formatCellValue(row.getCell(7));
            }
        }
        throw new AssertionError("no row " + code + " " + answer);
    }
}
