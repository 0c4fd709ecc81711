package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people of 平江县's aid centre change the catalogue (双人复核): 李芳 (county) adds a programme
 * of the county and proposes its standard, which is not in force and which she cannot approve
 * herself; 王强 (county2) finds it on the review page and approves it; from then on it is in
 * force and the history names both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogueChangeInBrowserTests {

    private static final String PASSWORD = "Pingjiang@2026";

    @LocalServerPort
    int port;

    @Test
    void countyProposesAStandardAndCounty2ApprovesIt() throws Exception {
        String name = "平江县助学金" + (System.nanoTime() % 100000);
        String programmePath;
        try (Chromium county = Chromium.open(port)) {
            county.login("county", PASSWORD);
            county.go("/programmes/new");
            assertThat(new Select(county.find("#owner"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("平江县");
            county.find("#name").sendKeys(name);
            county.find("input[name='stages'][value='PRIMARY']").click();
            new Select(county.find("#kind")).selectByVisibleText("地方项目");
            new Select(county.find("#fundingLevel")).selectByVisibleText("市县");
            county.find("#save").click();
            county.waitFor(d -> county.currentPath().startsWith("/programmes/PROGRAMME_"));
            programmePath = county.currentPath();
            assertThat(county.find("#owner").getText()).isEqualTo("平江县");

            county.find("#new-standard").click();
            county.find("#tier").sendKeys("标准");
            county.find("#amount").sendKeys("350");
            county.find("#save").click();
            assertThat(county.textShowing("#notice", "已提交审核")).contains("已提交审核").contains("标准 350.00");
            assertThat(county.find("#pending-changes").getText())
                    .contains("标准 350.00")
                    .contains("等待他人审核");
            assertThat(county.find("#not-paying").getText()).contains("没有执行标准");
            assertThat(county.driver().findElements(By.cssSelector("#pending-changes button[id^='approve-']")))
                    .isEmpty();
            county.screenshot("catalogue-change-proposed");
        }

        try (Chromium county2 = Chromium.open(port)) {
            county2.login("county2", PASSWORD);
            county2.go("/programmes");
            county2.find("#changes-link").click();
            WebElement row = county2.waitFor(d -> d.findElements(By.cssSelector("#pending tr[data-change]")).stream()
                    .filter(r -> r.getText().contains(name))
                    .findFirst()
                    .orElse(null));
            assertThat(row.getText()).contains("标准 350.00").contains("李芳");
            county2.screenshot("catalogue-change-review");
            row.findElement(By.cssSelector("button[id^='approve-']")).click();
            assertThat(county2.textShowing("#notice", "已审核通过"))
                    .contains("已审核通过")
                    .contains("标准 350.00");
            assertThat(county2.find("#decided").getText())
                    .contains(name)
                    .contains("审核通过")
                    .contains("王建国");
        }

        try (Chromium county = Chromium.open(port)) {
            county.login("county", PASSWORD);
            county.go(programmePath);
            assertThat(county.find("#tiers").getText())
                    .contains("350.00")
                    .contains("李芳")
                    .contains("王建国");
            assertThat(county.driver().findElements(By.id("pending-changes"))).isEmpty();
            county.screenshot("catalogue-change-approved");
        }
    }
}
