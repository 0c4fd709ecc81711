package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.figures.IdentificationFigures;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 李芳 of the demo county's aid centre opens 认定统计 from the menu: the school year's applications
 * and results (the same the figures count for her scope), four charts drawn, narrows the figures
 * to 三市镇 and downloads the official 统计表 of that township.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentificationFiguresInBrowserTests {

    private static final String SANSHI = "430626102";

    @LocalServerPort
    int port;

    @Autowired
    IdentificationFigures figures;

    @Test
    void theCountyOpensTheFiguresNarrowsThemToATownshipAndDownloadsTheTable() throws Exception {
        CurrentAccount county = new CurrentAccount(-1, "county", "李芳", Set.of(Role.COUNTY_STAFF), "430626", null);
        int year = Applications.currentSchoolYear();
        IdentificationFigures.Figures whole = figures.of(year, null, county);
        IdentificationFigures.Figures sanshi = figures.of(year, SANSHI, county);
        assertThat(whole.total().applied())
                .as("the demo county has applications")
                .isPositive();

        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.clickInView("#menu-identification-figures");
            assertThat(browser.textShowing("#figures-total", "申请"))
                    .contains("申请 " + whole.total().applied() + " 人")
                    .contains("已认定 " + whole.total().decided() + " 人")
                    .contains("三方会审送审 " + whole.reviewTotal().sent() + " 份");
            for (String chart : List.of("chart-townships", "chart-levels", "chart-stages", "chart-reviews")) {
                browser.waitFor(d ->
                        d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty() ? null : true);
            }
            assertThat(browser.driver().findElements(By.cssSelector("#by-township tbody tr")))
                    .hasSize(whole.byTownship().size());
            assertThat(browser.find("#by-stage").getText()).contains("小学", "初中");
            browser.screenshot("identification-figures");

            new Select(browser.find("#f-region")).selectByValue(SANSHI);
            browser.clickInView("#filter");
            browser.waitFor(d -> browser.currentPath().contains("region=" + SANSHI) ? true : null);
            assertThat(browser.textShowing("#figures-region", "三市镇")).contains("三市镇");
            assertThat(browser.driver().findElements(By.cssSelector("#by-township tbody tr")))
                    .extracting(row -> row.getAttribute("data-code"))
                    .containsExactly(SANSHI);
            assertThat(browser.find("#figures-total").getText())
                    .contains("申请 " + sanshi.total().applied() + " 人");
            browser.screenshot("identification-figures-township");

            byte[] table = browser.download(browser.find("#export-figures"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table))) {
                Sheet byTownship = book.getSheet("按乡镇");
                assertThat(text(byTownship.getRow(0), 0)).endsWith("学年家庭经济困难学生认定情况统计表（按乡镇）");
                assertThat(text(byTownship.getRow(2), 0)).isEqualTo("统计范围：三市镇");
                assertThat(text(byTownship.getRow(3), 2)).isEqualTo("申请人数");
                assertThat(text(byTownship.getRow(4), 1)).isEqualTo("三市镇");
                assertThat((long) byTownship.getRow(4).getCell(2).getNumericCellValue())
                        .isEqualTo(sanshi.total().applied());
                assertThat(book.getSheet("三方会审进度")).isNotNull();
            }
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
