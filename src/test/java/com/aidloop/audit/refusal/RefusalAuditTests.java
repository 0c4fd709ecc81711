package com.aidloop.audit.refusal;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.audit.AuditTrail;
import com.aidloop.audit.ExistingObjects;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.testing.Login;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * Refusals an auditor must see reach the audit trail with who, what and why, through the one error
 * layer and the security layer; a flood of them is cut to the limit and summed up in one row.
 */
@SpringBootTest
class RefusalAuditTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RefusalTally tally;

    @Autowired
    AuditTrail trail;

    @Autowired
    ObjectProvider<ExistingObjects> objects;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ChinaTime time;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Also the test holder, which MockMvc's {@code springSecurity()} would otherwise hand to later requests on this thread. */
    @AfterEach
    void forgetTheActor() {
        TestSecurityContextHolder.clearContext();
    }

    private List<Map<String, Object>> refusalsOf(String actor) {
        return jdbc.sql("""
                SELECT actor, client_ip, action, object_type, object_id, summary, changes::text AS changes FROM audit_event
                WHERE actor = :actor AND action LIKE 'REFUSED%' ORDER BY id
                """).param("actor", actor).query().listOfRows();
    }

    @Test
    void aPageTheRolesDoNotAllowIsAuditedWithWhoWhatAndWhy() throws Exception {
        String county = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, county, PASSWORD);

        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());

        assertThat(refusalsOf(county)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("action", "REFUSED_FORBIDDEN").containsEntry("client_ip", "127.0.0.1");
            assertThat((String) row.get("summary")).contains("您没有访问此页面的权限", "page.forbidden", "GET /admin/accounts");
        });
    }

    @Test
    void anApiCallTheRolesDoNotAllowAndAFormWithoutItsCsrfTokenAreAudited() throws Exception {
        String county = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        String token = Login.token(mvc, county, PASSWORD);
        MockHttpSession session = TestAccounts.login(mvc, county, PASSWORD);

        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).param("oldPassword", "x"))
                .andExpect(status().isForbidden());

        assertThat(refusalsOf(county))
                .extracting(row -> (String) row.get("summary"))
                .satisfiesExactly(
                        api -> assertThat(api).contains("没有权限执行此操作", "api.forbidden", "GET /api/v1/audit/events"),
                        csrf -> assertThat(csrf)
                                .contains("表单已过期或缺少安全校验码", "page.csrfRejected", "POST /account/password"));
    }

    @Test
    void aSchoolOutsideTheScopeIsAuditedAsSuchButASchoolThatDoesNotExistIsNot() throws Exception {
        String schoolStaff = TestAccounts.create(accountManagement, Role.SCHOOL_STAFF);
        long otherSchool = jdbc.sql("SELECT id FROM school_school WHERE id <> 1 ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        MockHttpSession session = TestAccounts.login(mvc, schoolStaff, PASSWORD);
        String token = Login.token(mvc, schoolStaff, PASSWORD);

        mvc.perform(get("/schools/{id}", otherSchool).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/{id}", otherSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}", 987_654_321L).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}", 1).session(session)).andExpect(status().isOk());

        assertThat(refusalsOf(schoolStaff)).hasSize(2).allSatisfy(row -> assertThat(row)
                .containsEntry("action", "REFUSED_OUT_OF_SCOPE")
                .containsEntry("object_type", "school")
                .containsEntry("object_id", String.valueOf(otherSchool)));
        assertThat(refusalsOf(schoolStaff))
                .extracting(row -> (String) row.get("summary"))
                .satisfiesExactly(
                        page -> assertThat(page).contains("school.notFound", "GET /schools/" + otherSchool),
                        api -> assertThat(api).contains("school.notFound", "GET /api/v1/schools/" + otherSchool));
    }

    @Test
    void aFloodIsWrittenUpToTheLimitAndTheRestSummedUpInOneRowWhenTheMinuteIsOver() {
        String flooder = TestAccounts.uniqueName("flooder");
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(flooder, null, List.of()));
        SecurityContextHolder.setContext(acting);
        // a minute to come, so that the schedule, which sums up minutes before its own now, leaves it to this test
        Instant minute = Instant.parse("2100-01-01T08:00:00Z");
        AuditedRefusals during = refusals(minute.plusSeconds(20));

        for (int i = 0; i < 25; i++) {
            during.forbidden("page.forbidden");
        }
        assertThat(refusalsOf(flooder)).hasSize(10);

        refusals(minute.plusSeconds(30)).summariseFinishedMinutes();
        assertThat(refusalsOf(flooder))
                .as("nothing to sum up while the minute runs")
                .hasSize(10);
        refusals(minute.plusSeconds(70)).summariseFinishedMinutes();
        refusals(minute.plusSeconds(130)).summariseFinishedMinutes();

        List<Map<String, Object>> rows = refusalsOf(flooder);
        assertThat(rows).hasSize(11);
        assertThat(rows.getLast())
                .containsEntry("action", "REFUSED_FORBIDDEN")
                .containsEntry("object_type", AuditedRefusals.SUMMARY_TYPE)
                .containsEntry("object_id", "page.forbidden");
        assertThat((String) rows.getLast().get("summary"))
                .contains("2100-01-01 16:00", flooder, "另有 15 次同类拒绝", "最多逐条记录 10 次");
        assertThat((String) rows.getLast().get("changes")).contains("未逐条记录的次数", "15");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_refusal_tally WHERE actor = :actor")
                        .param("actor", flooder)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private AuditedRefusals refusals(Instant now) {
        StaticListableBeanFactory clocks =
                new StaticListableBeanFactory(Map.of("clock", Clock.fixed(now, ZoneOffset.UTC)));
        return new AuditedRefusals(tally, trail, objects, transactions, clocks.getBeanProvider(Clock.class), time, 10);
    }
}
