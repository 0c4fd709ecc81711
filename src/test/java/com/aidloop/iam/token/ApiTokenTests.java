package com.aidloop.iam.token;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.admin.AccountAdministration;
import com.aidloop.iam.admin.AccountDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class ApiTokenTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    /** The whole filter chain, on the context the plain {@code @SpringBootTest} classes share. */
    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MvcResult requestToken(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("username", username, "password", password))))
                .andReturn();
    }

    private String token(Role role) throws Exception {
        MvcResult result = requestToken(TestAccounts.create(accountManagement, role), PASSWORD);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString())
                .get("token")
                .asString();
    }

    @Test
    void issuesAnOpaqueTokenForEightHoursAndStoresOnlyItsDigest() throws Exception {
        MvcResult result = requestToken(TestAccounts.create(accountManagement, Role.AUDIT_ADMIN), PASSWORD);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
        String token = body.get("token").asString();
        Instant expiresAt = Instant.parse(body.get("expiresAt").asString());

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(7), Duration.ofHours(8));
        assertThat(jdbc.sql("SELECT count(*) FROM iam_api_token WHERE token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM iam_api_token WHERE token_hash = :digest")
                        .param("digest", OpaqueToken.digest(token))
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aBearerTokenAuthenticatesApiRequestsWithoutASession() throws Exception {
        String token = token(Role.AUDIT_ADMIN);
        MvcResult result = mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void anApiCallWithoutValidTokenGets401Json() throws Exception {
        mvc.perform(get("/api/v1/audit/events"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("访问令牌")));
        mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aPageSessionDoesNotAuthenticateTheApi() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.AUDIT_ADMIN);
        MockHttpSession session = TestAccounts.login(mvc, username, PASSWORD);
        mvc.perform(get("/api/v1/audit/events").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenWhoseRolesDoNotAllowGets403Json() throws Exception {
        mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token(Role.COUNTY_STAFF)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("没有权限执行此操作"));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        String token = token(Role.AUDIT_ADMIN);
        mvc.perform(delete("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void revokingNeedsAToken() throws Exception {
        mvc.perform(delete("/api/v1/auth/token")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountThatMustChangeItsPasswordGetsNoToken() throws Exception {
        String username = TestAccounts.uniqueName("newcomer");
        administration.open(
                username, new AccountDraft("新同事", Set.of(Role.COUNTY_STAFF), "430626", null), "Initial#Pass2026");
        MvcResult result = requestToken(username, "Initial#Pass2026");
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(JSON.readTree(result.getResponse().getContentAsString())
                        .get("detail")
                        .asString())
                .isEqualTo("账号须先修改密码：请登录网页修改密码后再使用接口");
    }

    @Test
    void aPasswordResetRevokesTheAccountsTokens() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.AUDIT_ADMIN);
        String token = JSON.readTree(
                        requestToken(username, PASSWORD).getResponse().getContentAsString())
                .get("token")
                .asString();
        long id = jdbc.sql("SELECT id FROM iam_account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        administration.resetPassword(id, "Another#Start2026");
        mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenEndpointLocksLikeTheLoginPage() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        for (int i = 0; i < 5; i++) {
            assertThat(requestToken(username, "Wrong#Password" + i)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(401);
        }
        MvcResult locked = requestToken(username, PASSWORD);
        assertThat(locked.getResponse().getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(locked.getResponse().getContentAsString())
                        .get("detail")
                        .asString())
                .isEqualTo("用户名或密码错误，或账号已被暂时锁定，请稍后再试");
    }

    @Test
    void apiResponsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/audit/events")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
