package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county aid centre finds the senior-high national grant in the catalogue, sees how its
 * tiers changed in spring 2025, adds a programme of its own and proposes its first standard,
 * which waits for a second person ({@link CatalogueChangeInBrowserTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgrammesInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";

    @LocalServerPort
    int port;

    @Test
    void countyStaffReadTheCatalogueAndAddAProgrammeWithItsStandard() throws Exception {
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", PASSWORD);
            browser.driver().findElement(By.linkText("资助项目")).click();
            new Select(browser.find("#stage")).selectByVisibleText("普通高中");
            new Select(browser.find("#term")).selectByVisibleText("2025年春季学期");
            browser.find("#search").click();
            browser.waitFor(d -> browser.currentPath().contains("stage=SENIOR_HIGH"));
            assertThat(browser.find("tr[data-programme='SENIOR_HIGH_NATIONAL_GRANT']")
                            .getText())
                    .contains("一档 1,750.00；二档 1,150.00；三档 600.00");
            browser.screenshot("programmes-list");

            browser.find("tr[data-programme='SENIOR_HIGH_NATIONAL_GRANT'] a").click();
            assertThat(browser.find("#history").getText())
                    .contains("2019年春季学期")
                    .contains("2025年春季学期")
                    .contains("1,500.00");
            browser.screenshot("programmes-detail");

            browser.go("/programmes/new");
            String name = "平江县助学金" + (System.nanoTime() % 100000);
            browser.find("#name").sendKeys(name);
            browser.find("input[name='stages'][value='PRIMARY']").click();
            new Select(browser.find("#kind")).selectByVisibleText("地方项目");
            new Select(browser.find("#fundingLevel")).selectByVisibleText("市县");
            browser.find("#save").click();
            browser.waitFor(d -> browser.currentPath().startsWith("/programmes/PROGRAMME_"));
            assertThat(browser.textShowing("#notice", "资助项目已新增")).contains("资助项目已新增");

            browser.find("#new-standard").click();
            browser.find("#tier").sendKeys("标准");
            browser.find("#amount").sendKeys("300");
            browser.screenshot("programmes-standard-form");
            browser.find("#save").click();
            assertThat(browser.textShowing("#notice", "已提交审核："))
                    .contains("已提交审核：")
                    .contains("标准 300.00");
            assertThat(browser.find("#pending-changes").getText())
                    .contains("标准 300.00")
                    .contains("等待他人审核");
            browser.screenshot("programmes-new-standard");
        }
    }
}
