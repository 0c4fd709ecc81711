package com.aidloop.audit.browsing;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.testing.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class AuditPageTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    JdbcClient jdbc;

    /** The whole filter chain, on the context the plain {@code @SpringBootTest} classes share. */
    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpSession loginAs(Role role) throws Exception {
        return TestAccounts.login(mvc, TestAccounts.create(accountManagement, role), PASSWORD);
    }

    private String tokenOf(Role role) {
        return Login.token(mvc, TestAccounts.create(accountManagement, role), PASSWORD);
    }

    @Test
    void theAuditAdminReadsTheTrailFilteredByActor() throws Exception {
        String countyStaff = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        TestAccounts.login(mvc, countyStaff, PASSWORD);
        MockHttpSession auditor = loginAs(Role.AUDIT_ADMIN);

        mvc.perform(get("/audit").param("actor", countyStaff).session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("登录成功")));
        mvc.perform(get("/audit")
                        .param("action", "LOGIN_SUCCESS")
                        .param("from", "2000-01-01")
                        .param("to", "2999-12-31")
                        .session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(countyStaff)));
        mvc.perform(get("/audit")
                        .param("action", "LOGIN_SUCCESS")
                        .param("to", "2000-01-01")
                        .session(auditor))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void nobodyElseReadsTheTrail() throws Exception {
        for (Role role : new Role[] {Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN, Role.COUNTY_STAFF}) {
            MockHttpSession session = loginAs(role);
            mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/audit/export").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/audit/verification").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        String token = tokenOf(Role.SECURITY_ADMIN);
        mvc.perform(get("/api/v1/audit/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAuditAdminVerifiesTheChainFromThePage() throws Exception {
        MockHttpSession auditor = loginAs(Role.AUDIT_ADMIN);
        mvc.perform(post("/audit/verification")
                        .header("HX-Request", "true")
                        .session(auditor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theAuditAdminFiltersRefusalsByKindPersonAndTime() throws Exception {
        String county = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        MockHttpSession refused = TestAccounts.login(mvc, county, PASSWORD);
        mvc.perform(get("/admin/accounts").session(refused)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(refused)).andExpect(status().isForbidden());
        MockHttpSession auditor = loginAs(Role.AUDIT_ADMIN);

        mvc.perform(get("/audit")
                        .param("refusal", "FORBIDDEN")
                        .param("actor", county)
                        .session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 条")))
                .andExpect(content().string(containsString("越权访问被拒")))
                .andExpect(content().string(containsString("GET /admin/accounts")))
                .andExpect(content().string(not(containsString("登录成功</span>"))));
        mvc.perform(get("/audit")
                        .param("refusal", "ALL")
                        .param("actor", county)
                        .param("from", "2000-01-01")
                        .session(auditor))
                .andExpect(content().string(containsString("共 2 条")));
        mvc.perform(get("/audit")
                        .param("refusal", "LOST_RACE")
                        .param("actor", county)
                        .session(auditor))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/audit")
                        .param("refusal", "FORBIDDEN")
                        .param("actor", county)
                        .param("to", "2000-01-01")
                        .session(auditor))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/audit")
                        .param("refusal", "NO_SUCH_KIND")
                        .param("actor", county)
                        .session(auditor))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/api/v1/audit/events")
                        .param("refusal", "FORBIDDEN")
                        .param("actor", county)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(Role.AUDIT_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].action").value("REFUSED_FORBIDDEN"));
    }

    @Test
    void everyVerificationIsItselfAudited() throws Exception {
        String auditorName = TestAccounts.create(accountManagement, Role.AUDIT_ADMIN);
        MockHttpSession auditor = TestAccounts.login(mvc, auditorName, PASSWORD);
        String token = Login.token(mvc, auditorName, PASSWORD);

        mvc.perform(post("/audit/verification")
                        .header("HX-Request", "true")
                        .session(auditor)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'VERIFY' AND actor = :actor ORDER BY id")
                        .param("actor", auditorName)
                        .query(String.class)
                        .list())
                .hasSize(2)
                .allSatisfy(summary -> assertThat(summary).startsWith("校验审计日志完整性：共校验 "));
    }

    @Test
    void theAuditAdminUsesTheApi() throws Exception {
        String token = tokenOf(Role.AUDIT_ADMIN);
        mvc.perform(get("/api/v1/audit/events")
                        .param("action", "TOKEN_ISSUE")
                        .param("size", "5")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].action").value("TOKEN_ISSUE"));
        mvc.perform(post("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checked").isNumber())
                .andExpect(jsonPath("$.findings").isArray());
    }

    @Test
    void anExportIsItselfAudited() throws Exception {
        MockHttpSession auditor = loginAs(Role.AUDIT_ADMIN);
        long before = jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_type = 'audit_event'")
                .query(Long.class)
                .single();
        String csv = mvc.perform(
                        get("/audit/export").param("action", "LOGIN_SUCCESS").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeff编号,时间,操作人").contains("\"LOGIN_SUCCESS\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_type = 'audit_event'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void csvCellsNeverRunAsFormulas() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditCsv.cell("张三")).isEqualTo("\"张三\"");
    }
}
