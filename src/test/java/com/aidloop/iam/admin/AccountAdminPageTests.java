package com.aidloop.iam.admin;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.account.Account;
import com.aidloop.iam.account.Accounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class AccountAdminPageTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String securityAdmin;
    private MockHttpSession admin;

    /** The whole filter chain, on the context the plain {@code @SpringBootTest} classes share. */
    @BeforeEach
    void logInAsSecurityAdmin() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        securityAdmin = TestAccounts.create(accountManagement, Role.SECURITY_ADMIN);
        admin = TestAccounts.login(mvc, securityAdmin, PASSWORD);
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private Map<String, Object> lastAudit(String action, long accountId) {
        return jdbc.sql("""
                SELECT actor, summary, changes::text AS changes FROM audit_event
                WHERE action = :action AND object_type = 'account' AND object_id = :id ORDER BY id DESC LIMIT 1
                """)
                .param("action", action)
                .param("id", Long.toString(accountId))
                .query()
                .singleRow();
    }

    @Test
    void onlyTheSecurityAdminOpensTheAccountPages() throws Exception {
        mvc.perform(get("/admin/accounts").param("q", securityAdmin).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 ")))
                .andExpect(content().string(containsString(securityAdmin)));
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN, Role.COUNTY_STAFF}) {
            MockHttpSession other = TestAccounts.login(mvc, TestAccounts.create(accountManagement, role), PASSWORD);
            mvc.perform(get("/admin/accounts").session(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/new").session(other)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts").session(other).with(csrf()).param("username", "intruder"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void searchesByUsernameOrName() throws Exception {
        String target = TestAccounts.create(accountManagement, Role.VILLAGE_REVIEWER);
        mvc.perform(get("/admin/accounts").param("q", target).session(admin))
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString(target)));
        mvc.perform(get("/admin/accounts").param("q", "测试村级审核员").session(admin))
                .andExpect(content().string(containsString(target)));
    }

    @Test
    void opensAnAccountThatMustChangeItsInitialPasswordAndAuditsIt() throws Exception {
        String username = TestAccounts.uniqueName("zhao.lei");
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "赵磊")
                        .param("roles", "TOWNSHIP_REVIEWER")
                        .param("regionCode", "430626100")
                        .param("password", "Initial#Pass2026"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("notice", containsString(username)));

        Account created = account(username);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.scope().regionCode()).isEqualTo("430626100");
        Map<String, Object> audit = lastAudit("ACCOUNT_CREATE", created.id());
        assertThat(audit.get("actor")).isEqualTo(securityAdmin);
        assertThat((String) audit.get("changes"))
                .contains("乡镇审核员")
                .contains("行政区划 430626100")
                .doesNotContain("Initial#Pass2026");

        mvc.perform(formLogin("/login").user(username).password("Initial#Pass2026"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void explainsABrokenRuleUnderTheField() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", TestAccounts.uniqueName("two.hats"))
                        .param("displayName", "钱多")
                        .param("roles", "SYSTEM_ADMIN", "AUDIT_ADMIN")
                        .param("password", "Initial#Pass2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三权分立：系统管理员、审计管理员不能由同一账号兼任")));
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", TestAccounts.uniqueName("wrong.level"))
                        .param("displayName", "孙丽")
                        .param("roles", "COUNTY_REVIEWER")
                        .param("regionCode", "4306")
                        .param("password", "Initial#Pass2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("县级审核员需要绑定县级行政区划代码（6位数字）")));
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", TestAccounts.uniqueName("weak"))
                        .param("displayName", "李弱")
                        .param("roles", "COUNTY_STAFF")
                        .param("regionCode", "430626")
                        .param("password", "Woaini1314!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该密码过于常见")));
    }

    @Test
    void refusesAUsernameTakenInAnotherCase() throws Exception {
        String existing = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", existing.toUpperCase())
                        .param("displayName", "重名")
                        .param("roles", "COUNTY_STAFF")
                        .param("regionCode", "430626")
                        .param("password", "Initial#Pass2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被使用")));
    }

    @Test
    void changesRolesAndScopeAndAuditsOldAndNewValues() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        Account before = account(username);
        mvc.perform(get("/admin/accounts/{id}/edit", before.id()).session(admin))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/{id}", before.id())
                        .session(admin)
                        .with(csrf())
                        .param("displayName", "测试")
                        .param("roles", "CITY_STAFF")
                        .param("regionCode", "4306")
                        .param("version", Integer.toString(before.version())))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(account(username).roles()).containsExactly(Role.CITY_STAFF);
        String changes = (String) lastAudit("ACCOUNT_UPDATE", before.id()).get("changes");
        assertThat(changes)
                .contains("县级资助中心")
                .contains("市级资助中心")
                .contains("行政区划 430626")
                .contains("行政区划 4306");
    }

    @Test
    void refusesAnEditBasedOnAnOutdatedVersion() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        Account before = account(username);
        mvc.perform(post("/admin/accounts/{id}", before.id())
                        .session(admin)
                        .with(csrf())
                        .param("displayName", "测试")
                        .param("roles", "COUNTY_STAFF")
                        .param("regionCode", "430626")
                        .param("version", Integer.toString(before.version() - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("刚被他人修改过")));
    }

    @Test
    void anEditThatLostTheRaceIsAuditedWithWhoWhatAndWhy() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        Account before = account(username);
        mvc.perform(post("/admin/accounts/{id}", before.id())
                        .session(admin)
                        .with(csrf())
                        .param("displayName", "测试")
                        .param("roles", "COUNTY_STAFF")
                        .param("regionCode", "430626")
                        .param("version", Integer.toString(before.version() - 1)))
                .andExpect(status().isOk());

        Map<String, Object> refused = lastAudit("REFUSED_LOST_RACE", before.id());
        assertThat(refused).containsEntry("actor", securityAdmin);
        assertThat((String) refused.get("summary"))
                .contains("刚被他人修改过", "account.concurrentChange", "POST /admin/accounts/" + before.id());
    }

    @Test
    void disablesAndEnablesAnotherAccountButNeverItsOwn() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        long id = account(username).id();
        mvc.perform(post("/admin/accounts/{id}/disable", id).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(account(username).enabled()).isFalse();
        assertThat((String) lastAudit("ACCOUNT_DISABLE", id).get("changes"))
                .contains("启用")
                .contains("停用");
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/accounts/{id}/enable", id).session(admin).with(csrf()));
        assertThat(account(username).enabled()).isTrue();

        long self = account(securityAdmin).id();
        mvc.perform(get("/admin/accounts").param("q", securityAdmin).session(admin))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("/admin/accounts/" + self + "/disable"))));
        mvc.perform(post("/admin/accounts/{id}/disable", self).session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "不能停用自己的账号，请由其他安全管理员操作"));
        assertThat(account(securityAdmin).enabled()).isTrue();
    }

    @Test
    void unlocksAnAccountLockedByFailedLogins() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("Wrong#Password" + i));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/admin/accounts").param("q", username).session(admin))
                .andExpect(content().string(containsString("已锁定")));

        mvc.perform(post("/admin/accounts/{id}/unlock", account(username).id())
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void resetsAPasswordToANewInitialOneThatMustBeChanged() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        long id = account(username).id();
        mvc.perform(get("/admin/accounts/{id}/password", id).session(admin)).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/{id}/password", id)
                        .session(admin)
                        .with(csrf())
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少需要10个字符")));
        mvc.perform(post("/admin/accounts/{id}/password", id)
                        .session(admin)
                        .with(csrf())
                        .param("password", "Fresh#Start2026"))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(account(username).mustChangePassword()).isTrue();
        assertThat((String) lastAudit("PASSWORD_RESET", id).get("changes")).doesNotContain("Fresh#Start2026");
        MockHttpSession user = TestAccounts.login(mvc, username, "Fresh#Start2026");
        mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/account/password"));
    }
}
