package com.aidloop.iam.login;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.admin.AccountAdministration;
import com.aidloop.iam.admin.AccountDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class LoginTests {

    static final String NEUTRAL = "用户名或密码错误，或账号已被暂时锁定，请稍后再试";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** The whole filter chain, on the context the plain {@code @SpringBootTest} classes share. */
    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private String account(Role role) {
        return TestAccounts.create(accountManagement, role);
    }

    private MvcResult failLogin(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();
    }

    private void failTimes(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            failLogin(username, "Wrong#Password" + i);
        }
    }

    @Test
    void logsInWithTheRightPasswordInAnyCaseOfTheUsername() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        mvc.perform(formLogin("/login").user(username.toUpperCase()).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated()
                        .withUsername(username)
                        .withAuthorities(List.of(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_COUNTY_STAFF"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("SCHOOL_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("SCHOOL_EDIT"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("STUDENT_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("STUDENT_EDIT"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "STUDENT_REVEAL"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "AID_CARD_APPROVE"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "PROGRAMME_EDIT"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("AWARD_IMPORT"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("AWARD_CONFIRM"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("PAYOUT_MANAGE"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "PAYOUT_APPROVE"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("PAYOUT_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "INDICATOR_MODEL_EDIT"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "IDENTIFICATION_YEAR"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "THREE_PARTY_COUNTY"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "THREE_PARTY_SETTINGS"))));
    }

    @Test
    void onlyTheWholeUsernameLogsIn() throws Exception {
        String longest = ("long" + TestAccounts.uniqueName("x")).replace('.', '-');
        longest = longest + "a".repeat(64 - longest.length());
        accountManagement.ensureDemoAccount(longest, "长名", Set.of(Role.COUNTY_STAFF), "430626", null, PASSWORD);
        failLogin(longest + "zz", PASSWORD);
        TestAccounts.login(mvc, longest, PASSWORD);
    }

    @Test
    void theLayoutShowsTheDisplayNameOfTheLoggedInPerson() throws Exception {
        MockHttpSession session = TestAccounts.login(mvc, account(Role.TOWNSHIP_REVIEWER), PASSWORD);
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试乡镇审核员")));
    }

    @Test
    void theLoginPageIsChineseAndNamesThePlatform() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("学生资助闭环管理平台")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void aRefusalLooksTheSameForUnknownNameWrongPasswordLockedAndDisabled() throws Exception {
        String wrongPassword = account(Role.COUNTY_STAFF);
        String locked = account(Role.COUNTY_STAFF);
        failTimes(locked, 5);
        String disabled = account(Role.COUNTY_STAFF);
        administration.disable(
                -1, accounts.findByUsername(disabled).orElseThrow().id());

        Map<String, String> attempts = Map.of(
                "no-such-person", PASSWORD, wrongPassword, "Wrong#Password1", locked, PASSWORD, disabled, PASSWORD);
        List<String> pages = new ArrayList<>();
        List<String> apiAnswers = new ArrayList<>();
        for (var attempt : attempts.entrySet()) {
            MvcResult result = failLogin(attempt.getKey(), attempt.getValue());
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            String page = mvc.perform(get("/login?error").session(session == null ? new MockHttpSession() : session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            pages.add(page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
            apiAnswers.add(mvc.perform(post("/api/v1/auth/token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + attempt.getKey() + "\",\"password\":\"" + attempt.getValue()
                                    + "\"}"))
                    .andExpect(status().isUnauthorized())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        }
        assertThat(pages).allSatisfy(page -> assertThat(page).contains(NEUTRAL));
        assertThat(pages).containsOnly(pages.getFirst());
        assertThat(apiAnswers).containsOnly(apiAnswers.getFirst());
        assertThat(apiAnswers.getFirst()).contains("\"detail\":\"" + NEUTRAL + "\"", "\"code\":\"login.failed\"");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = account(Role.COUNTY_REVIEWER);
        failTimes(username, 4);
        TestAccounts.login(mvc, username, PASSWORD);
        failTimes(username, 5);
        failLogin(username, PASSWORD);
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        String username = account(Role.COUNTY_REVIEWER);
        failTimes(username, 4);
        TestAccounts.login(mvc, username, PASSWORD);
        failTimes(username, 4);
        TestAccounts.login(mvc, username, PASSWORD);
    }

    @Test
    void failuresForUnknownUsernamesAreCountedAndLockToo() throws Exception {
        String unknown = TestAccounts.uniqueName("Nobody");
        failTimes(unknown, 5);
        Integer locks = jdbc.sql(
                        "SELECT lock_level FROM iam_login_attempt WHERE username_key = :key AND locked_until > now()")
                .param("key", unknown.toLowerCase())
                .query(Integer.class)
                .single();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void loginsAreAuditedWithTheAttemptedNameAndClientAddress() throws Exception {
        String username = account(Role.CITY_STAFF);
        failLogin(username, "Wrong#Password9");
        TestAccounts.login(mvc, username, PASSWORD);

        var failure = jdbc.sql("""
                SELECT actor, client_ip, summary FROM audit_event
                WHERE action = 'LOGIN_FAILURE' AND object_id = :name ORDER BY id DESC LIMIT 1
                """).param("name", username).query().singleRow();
        assertThat(failure).containsEntry("client_ip", "127.0.0.1").containsEntry("summary", "登录失败：密码错误");
        var success = jdbc.sql("""
                SELECT actor, client_ip FROM audit_event WHERE action = 'LOGIN_SUCCESS' ORDER BY id DESC LIMIT 1
                """).query().singleRow();
        assertThat(success).containsEntry("actor", username).containsEntry("client_ip", "127.0.0.1");
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAccountThatMustChangeItsPasswordSeesOnlyThePasswordPageUntilItDoes() throws Exception {
        String username = TestAccounts.uniqueName("auditor");
        administration.open(
                username, new AccountDraft("审计员", Set.of(Role.AUDIT_ADMIN), null, null), "Initial#Pass2026");
        MockHttpSession session = TestAccounts.login(mvc, username, "Initial#Pass2026");

        mvc.perform(get("/audit").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请先修改初始密码")));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("oldPassword", "Initial#Pass2026")
                        .param("newPassword", "Initial#Pass2026")
                        .param("repeatPassword", "Initial#Pass2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("新密码不能与原密码相同")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("oldPassword", "Initial#Pass2026")
                        .param("newPassword", "short1A")
                        .param("repeatPassword", "short1A"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码至少需要10个字符")));
        mvc.perform(get("/audit").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("oldPassword", "Initial#Pass2026")
                        .param("newPassword", "Own.Choice.4821")
                        .param("repeatPassword", "Own.Choice.4821"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
        TestAccounts.login(mvc, username, "Own.Choice.4821");
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextRequest() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, username, PASSWORD);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        administration.disable(
                -1, accounts.findByUsername(username).orElseThrow().id());

        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changingThePasswordEndsTheOtherPageSessionsOfTheAccountButNotThisOne() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        MockHttpSession here = TestAccounts.login(mvc, username, PASSWORD);
        MockHttpSession there = TestAccounts.login(mvc, username, PASSWORD);
        String idBefore = here.getId();
        mvc.perform(get("/account/password").session(there)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("oldPassword", PASSWORD)
                        .param("newPassword", "Own.Choice.4821")
                        .param("repeatPassword", "Own.Choice.4821"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/account/password").session(there)).andExpect(redirectedUrl("/login?ended"));
        assertThat(there.isInvalid()).isTrue();
        mvc.perform(get("/account/password").session(here))
                .andExpect(status().isOk())
                .andExpect(authenticated().withUsername(username));
        assertThat(here.getId())
                .as("the session that changed the password has a new id")
                .isNotEqualTo(idBefore);
        mvc.perform(get("/login?ended"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("您的登录已结束：账号密码已修改或账号曾被停用，请重新登录")));
    }

    @Test
    void aPasswordResetByTheSecurityAdministratorEndsEveryPageSessionOfTheAccount() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, username, PASSWORD);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        administration.resetPassword(
                accounts.findByUsername(username).orElseThrow().id(), "Initial#Pass2026");

        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aDisableEndsThePageSessionsEvenWhenTheAccountIsEnabledAgainBeforeTheirNextRequest() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        long id = accounts.findByUsername(username).orElseThrow().id();
        MockHttpSession session = TestAccounts.login(mvc, username, PASSWORD);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        administration.disable(-1, id);
        administration.enable(id);

        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
        TestAccounts.login(mvc, username, PASSWORD);
    }

    @Test
    void aChangeOfRolesTakesEffectAtTheNextRequest() throws Exception {
        String username = account(Role.COUNTY_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, username, PASSWORD);
        long id = accounts.findByUsername(username).orElseThrow().id();
        int version = accounts.findById(id).orElseThrow().version();

        administration.change(-1, id, version, new AccountDraft("测试", Set.of(Role.COUNTY_REVIEWER), "430626", null));

        mvc.perform(get("/account/password").session(session))
                .andExpect(authenticated()
                        .withAuthorities(List.of(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_COUNTY_REVIEWER"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("SCHOOL_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("STUDENT_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "STUDENT_REVEAL"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("PAYOUT_VIEW"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "THREE_PARTY_COUNTY"))));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = TestAccounts.login(mvc, account(Role.COUNTY_STAFF), PASSWORD);
        mvc.perform(post("/account/password").session(session).param("oldPassword", "x"))
                .andExpect(status().isForbidden());
    }
}
