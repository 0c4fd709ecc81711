package com.aidloop.iam.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.account.Accounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An authenticator app as the second factor (二次验证): enrolled by its owner, asked for at every
 * login of pages and API, a code used once, reset by a security administrator, and required of
 * administrators and county staff when the deployment says so (as this context does).
 */
@SpringBootTest(
        properties = {
            "aidloop.iam.address-throttle.threshold=20",
            "aidloop.iam.lockout.threshold=50",
            "aidloop.iam.second-factor-required=true"
        })
class SecondFactorLoginTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void countyStaffMustEnrolBeforeAnyOtherPageAndThenTypeACodeAtEveryLogin() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        MockHttpSession first = TestAccounts.login(mvc, username, TestAccounts.PASSWORD);
        mvc.perform(get("/students").session(first)).andExpect(redirectedUrl("/account/second-factor"));

        AuthenticatorApp app = enrol(first);
        mvc.perform(get("/students").session(first)).andExpect(status().isOk());

        MockHttpSession second = passwordOnly(username);
        mvc.perform(get("/students").session(second)).andExpect(redirectedUrl("/login/second-factor"));
        String wrong = page(mvc.perform(post("/login/second-factor")
                        .session(second)
                        .with(csrf())
                        .param("code", "000000"))
                .andReturn()
                .getResponse());
        assertThat(wrong).contains("动态验证码不正确或已使用过");
        mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", app.code(1)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/students").session(second)).andExpect(status().isOk());

        MockHttpSession third = passwordOnly(username);
        mvc.perform(post("/login/second-factor").session(third).with(csrf()).param("code", app.code(1)))
                .andExpect(status().isOk());
        mvc.perform(get("/students").session(third)).andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void theTokenEndpointAsksForTheCodeOfAnEnrolledAccount() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.SECURITY_ADMIN);
        MockHttpServletResponse beforeEnrolling = token(username, null);
        assertThat(beforeEnrolling.getStatus()).isEqualTo(403);
        assertThat(beforeEnrolling.getContentAsString()).contains("须先在页面");

        AuthenticatorApp app = enrol(TestAccounts.login(mvc, username, TestAccounts.PASSWORD));

        MockHttpServletResponse withoutCode = token(username, null);
        assertThat(withoutCode.getStatus()).isEqualTo(401);
        assertThat(withoutCode.getContentAsString()).contains("请在请求中提供 code");
        assertThat(token(username, "123456").getStatus()).isEqualTo(401);
        assertThat(token(username, app.code(1)).getStatus()).isEqualTo(200);
    }

    @Test
    void aSecurityAdministratorResetsTheFactorOfALostPhone() throws Exception {
        String owner = TestAccounts.create(accountManagement, Role.AUDIT_ADMIN);
        enrol(TestAccounts.login(mvc, owner, TestAccounts.PASSWORD));
        long ownerId = accounts.findByUsername(owner).orElseThrow().id();

        String securityAdmin = TestAccounts.create(accountManagement, Role.SECURITY_ADMIN);
        MockHttpSession admin = TestAccounts.login(mvc, securityAdmin, TestAccounts.PASSWORD);
        enrol(admin);
        String list = page(mvc.perform(get("/admin/accounts").param("q", owner).session(admin))
                .andReturn()
                .getResponse());
        assertThat(list).contains("重置二次验证");
        mvc.perform(post("/admin/accounts/{id}/second-factor/reset", ownerId)
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));

        MockHttpSession again = TestAccounts.login(mvc, owner, TestAccounts.PASSWORD);
        mvc.perform(get("/audit").session(again)).andExpect(redirectedUrl("/account/second-factor"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SECOND_FACTOR_RESET' AND object_id = :id")
                        .param("id", String.valueOf(ownerId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSchoolAccountNeedNotEnrolButMay() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.SCHOOL_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, username, TestAccounts.PASSWORD);
        mvc.perform(get("/students").session(session)).andExpect(status().isOk());
        String enrolPage = page(mvc.perform(get("/account/second-factor").session(session))
                .andReturn()
                .getResponse());
        assertThat(enrolPage).contains("secret-key").doesNotContain("本系统要求");
    }

    private AuthenticatorApp enrol(MockHttpSession session) throws Exception {
        String enrolPage = page(mvc.perform(get("/account/second-factor").session(session))
                .andReturn()
                .getResponse());
        AuthenticatorApp app = new AuthenticatorApp(
                Jsoup.parse(enrolPage).selectFirst("#secret-key").text());
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", app.code(0)))
                .andExpect(redirectedUrl("/account/second-factor"));
        return app;
    }

    private MockHttpSession passwordOnly(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private MockHttpServletResponse token(String username, String code) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + TestAccounts.PASSWORD + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString();
    }
}
