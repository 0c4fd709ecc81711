package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.admin.AccountAdministration;
import com.aidloop.iam.admin.AccountDraft;
import com.aidloop.iam.secondfactor.AuthenticatorApp;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging in, the forced password change, an htmx action under the content security policy, and
 * logging out, in a real browser.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LoginInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    AccountAdministration administration;

    @Test
    void aWrongPasswordShowsTheNeutralMessage() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        try (Chromium browser = Chromium.open(port)) {
            browser.go("/login");
            assertThat(browser.find("h1").getText()).isEqualTo("学生资助闭环管理平台");
            browser.find("#username").sendKeys(username);
            browser.find("#password").sendKeys("Wrong#Password1");
            browser.find("#login").click();
            assertThat(browser.find("#login-error").getText()).isEqualTo("用户名或密码错误，或账号已被暂时锁定，请稍后再试");
        }
    }

    @Test
    void anAuditorChangesTheInitialPasswordVerifiesTheTrailAndLogsOut() throws Exception {
        String username = TestAccounts.uniqueName("auditor");
        administration.open(
                username, new AccountDraft("审计员甲", Set.of(Role.AUDIT_ADMIN), null, null), "Initial#Pass2026");
        try (Chromium browser = Chromium.open(port)) {
            browser.login(username, "Initial#Pass2026");
            assertThat(browser.currentPath()).isEqualTo("/account/password");
            assertThat(browser.find("#must-change").getText()).contains("请先修改初始密码");

            browser.find("#oldPassword").sendKeys("Initial#Pass2026");
            browser.find("#newPassword").sendKeys("Own.Choice.4821");
            browser.find("#repeatPassword").sendKeys("Own.Choice.4821");
            browser.find("button[type=submit].btn-primary").click();
            assertThat(browser.textShowing("#notice", "密码已修改")).isEqualTo("密码已修改");

            browser.go("/audit");
            assertThat(browser.find("main").getText()).contains("共").contains("登录成功");
            browser.find("#verify").click();
            assertThat(browser.waitFor(d -> d.findElement(org.openqa.selenium.By.cssSelector("#verification .alert")))
                            .getText())
                    .startsWith("校验通过");
            assertThat(browser.currentPath()).isEqualTo("/audit");

            browser.find("#logout").click();
            assertThat(browser.find("#logged-out").getText()).isEqualTo("您已安全退出");
            browser.go("/audit");
            assertThat(browser.currentPath()).isEqualTo("/login");
        }
    }

    @Test
    void anAuditorFiltersTheRefusalsOfOnePerson() throws Exception {
        String county = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        String auditor = TestAccounts.create(accountManagement, Role.AUDIT_ADMIN);
        try (Chromium browser = Chromium.open(port)) {
            browser.login(county, TestAccounts.PASSWORD);
            browser.go("/admin/accounts");
            assertThat(browser.find("main").getText()).contains("403 无权访问");
        }
        try (Chromium browser = Chromium.open(port)) {
            browser.login(auditor, TestAccounts.PASSWORD);
            browser.go("/audit");
            browser.find("#actor").sendKeys(county);
            new Select(browser.find("#refusal")).selectByValue("FORBIDDEN");
            browser.find("form.al-search button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("refusal=FORBIDDEN"));

            String trail = browser.find("main").getText();
            assertThat(trail)
                    .contains("共 1 条", "越权访问被拒", "GET /admin/accounts", "测试" + Role.COUNTY_STAFF.label())
                    .doesNotContain("登录成功\n");
            assertThat(new Select(browser.find("#refusal"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("越权访问被拒");
        }
    }

    @Test
    void countyStaffEnrolAnAuthenticatorAppAndLogInWithItsCode() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        try (Chromium browser = Chromium.open(port)) {
            browser.login(username, TestAccounts.PASSWORD);
            browser.find("a[href='/account/second-factor']").click();
            AuthenticatorApp phone =
                    new AuthenticatorApp(browser.find("#secret-key").getText());
            browser.find("#code").sendKeys(phone.code(0));
            browser.find("#confirm-second-factor").click();
            assertThat(browser.textShowing("#notice", "二次验证已启用，下次登录时需输入动态验证码")).isEqualTo("二次验证已启用，下次登录时需输入动态验证码");

            browser.find("#logout").click();
            browser.find("#username").sendKeys(username);
            browser.find("#password").sendKeys(TestAccounts.PASSWORD);
            browser.find("#login").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/login/second-factor"));
            browser.find("#code").sendKeys("000000");
            browser.find("#verify").click();
            assertThat(browser.find("#code-error").getText()).contains("动态验证码不正确");
            browser.find("#code").sendKeys(phone.code(1));
            browser.find("#verify").click();
            assertThat(browser.find("#logout").isDisplayed()).isTrue();
            assertThat(browser.currentPath()).isEqualTo("/");
        }
    }
}
