package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.Login;
import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 10, item 3, through the API as staff use it: county staff of 岳阳县 (430621) add a
 * programme exclusion and a standard, and the demo county 平江县 (430626) neither is bound by them
 * nor sees them, nor can delete them; national entries are changed by province staff only; and
 * no change of a standard or an exclusion takes effect until a second person approves it.
 */
@SpringBootTest
class CatalogueScopeTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    DemoStaff staff;
    String yueyang;
    String yueyang2;
    String province;
    String province2;
    final java.util.Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeEach
    void staff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
        yueyang = account("yueyang", Role.COUNTY_STAFF, "430621");
        yueyang2 = account("yueyang2", Role.COUNTY_STAFF, "430621");
        province = account("province", Role.PROVINCE_STAFF, "43");
        province2 = account("province2", Role.PROVINCE_STAFF, "43");
    }

    @Test
    void aCountysExclusionBindsOnlyThatCounty() throws Exception {
        String name = "生活补助与营养餐不兼得" + TestProgrammes.nextCode().substring(5);
        String proposed = proposeExclusion(name, yueyang);

        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("county")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
        approve(proposed, yueyang2);

        mvc.perform(get("/api/v1/programme-exclusions").with(api(yueyang)))
                .andExpect(jsonPath("$[*].name").value(hasItem(name)));
        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("county")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
        mvc.perform(get("/api/v1/programmes/PRIMARY_LIVING_SUBSIDY/paying-rules")
                        .with(api(yueyang)))
                .andExpect(jsonPath("$.exclusiveWith").value(hasItem("RURAL_NUTRITION")));
        mvc.perform(get("/api/v1/programmes/PRIMARY_LIVING_SUBSIDY/paying-rules")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.exclusiveWith").value(not(hasItem("RURAL_NUTRITION"))));
        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("school")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
    }

    @Test
    void anotherCountyCannotDeleteACountysExclusion() throws Exception {
        String name = "岳阳县互斥" + TestProgrammes.nextCode().substring(5);
        approve(proposeExclusion(name, yueyang), yueyang2);
        java.util.List<Number> ids = JsonPath.read(
                mvc.perform(get("/api/v1/programme-exclusions").with(api(yueyang)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.name == '" + name + "')].id");
        long id = ids.getFirst().longValue();

        mvc.perform(delete("/api/v1/programme-exclusions/" + id).with(staff.api("county")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/exclusions/" + id + "/remove")
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programme-exclusions").with(api(yueyang)))
                .andExpect(jsonPath("$[*].name").value(hasItem(name)));
    }

    @Test
    void aCountysProgrammeAndStandardAreInvisibleToOtherCounties() throws Exception {
        String code = TestProgrammes.nextCode();
        String name = "岳阳县助学金" + code.substring(5);
        openProgramme(code, name, yueyang);
        mvc.perform(get("/api/v1/programmes/" + code).with(staff.api("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + code).with(staff.page("county"))).andExpect(status().isNotFound());
        String proposed = mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .with(api(yueyang))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"标准\",\"validFrom\":\"2026-AUTUMN\",\"amount\":\"300\",\"version\":0}"))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        approve(proposed, yueyang2);

        mvc.perform(get("/api/v1/programmes/" + code).with(staff.api("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + code).with(staff.page("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + code).with(staff.api("school"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes").param("term", "2026-AUTUMN").with(staff.api("county")))
                .andExpect(jsonPath("$.programmes[*].code").value(not(hasItem(code))));
        mvc.perform(get("/api/v1/programmes/check")
                        .param("programme", name)
                        .param("tier", "标准")
                        .param("amount", "300")
                        .param("stage", "PRIMARY")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.rule").value("PROGRAMME_UNKNOWN"));
        mvc.perform(get("/api/v1/programmes/check")
                        .param("programme", name)
                        .param("tier", "标准")
                        .param("amount", "300")
                        .param("stage", "PRIMARY")
                        .param("term", "2026-AUTUMN")
                        .with(api(yueyang)))
                .andExpect(jsonPath("$.passed").value(true));
        mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"标准\",\"validFrom\":\"2027-AUTUMN\",\"amount\":\"900\",\"version\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + code).with(api(province)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("430621"));
    }

    @Test
    void countyStaffCannotChangeNationalEntriesProvinceStaffCanWithASecondPerson() throws Exception {
        String body = "{\"tier\":\"一档\",\"validFrom\":\"2040-AUTUMN\",\"amount\":\"1800\",\"version\":"
                + version("SENIOR_HIGH_NATIONAL_GRANT") + "}";

        mvc.perform(post("/api/v1/programmes/SENIOR_HIGH_NATIONAL_GRANT/standards")
                        .with(api(yueyang))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("由省级资助中心维护")));
        long seeded = jdbc.sql("SELECT min(id) FROM programme_exclusion WHERE recorded_by = 'system'")
                .query(Long.class)
                .single();
        mvc.perform(delete("/api/v1/programme-exclusions/" + seeded).with(staff.api("county")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes/SENIOR_HIGH_NATIONAL_GRANT/standards")
                        .param("term", "2040-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.tiers[0].amount").value("1750.00"));

        String proposed = mvc.perform(post("/api/v1/programmes/SENIOR_HIGH_NATIONAL_GRANT/standards")
                        .with(api(province))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(post(proposed + "/approval").with(staff.api("county"))).andExpect(status().isForbidden());
        approve(proposed, province2);
        mvc.perform(get("/api/v1/programmes/SENIOR_HIGH_NATIONAL_GRANT/standards")
                        .param("term", "2040-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.tiers[0].amount").value("1800.00"));
        mvc.perform(get("/api/v1/programmes/SENIOR_HIGH_NATIONAL_GRANT/standards")
                        .param("term", "2040-AUTUMN")
                        .with(api(yueyang)))
                .andExpect(jsonPath("$.tiers[0].amount").value("1800.00"));
    }

    @Test
    void aChangeTakesEffectOnlyWhenASecondPersonApprovesIt() throws Exception {
        String code = TestProgrammes.nextCode();
        openProgramme(code, "平江县助学金" + code.substring(5), "county");
        String proposed = mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"标准\",\"validFrom\":\"2026-AUTUMN\",\"amount\":\"400\",\"version\":0}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.paysThisTerm").value(false));

        mvc.perform(post(proposed + "/approval").with(staff.api("county"))).andExpect(status().isConflict());
        mvc.perform(post(proposed + "/approval").with(api(yueyang))).andExpect(status().isNotFound());
        mvc.perform(post(proposed + "/approval").with(api(province))).andExpect(status().isForbidden());
        approve(proposed, "county2");
        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.tiers[0].amount").value("400.00"))
                .andExpect(jsonPath("$.tiers[0].recordedBy").value("county"))
                .andExpect(jsonPath("$.tiers[0].approvedBy").value("county2"));

        String name = "平江县互斥" + code.substring(5);
        String group = proposeExclusion(name, "county");
        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("county")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
        mvc.perform(post(group + "/rejection")
                        .with(staff.api("county2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"项目选错了\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post(group + "/approval").with(staff.api("county2"))).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("county")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));

        assertThat(jdbc.sql("""
                        SELECT action || ':' || actor FROM audit_event
                         WHERE object_type = 'programme-change' AND object_id IN (:ids) ORDER BY id""")
                        .param("ids", java.util.List.of(String.valueOf(id(proposed)), String.valueOf(id(group))))
                        .query(String.class)
                        .list())
                .containsExactly("PROPOSE:county", "APPROVE:county2", "PROPOSE:county", "REJECT:county2");
    }

    @Test
    void onlyTheProposerWithdrawsAChangeAndAWithdrawnChangeIsNeverApproved() throws Exception {
        String name = "平江县撤回" + TestProgrammes.nextCode().substring(5);
        String group = proposeExclusion(name, "county");

        mvc.perform(post(group + "/withdrawal").with(staff.api("county2"))).andExpect(status().isConflict());
        mvc.perform(post(group + "/rejection").with(staff.api("county"))).andExpect(status().isConflict());
        mvc.perform(post(group + "/withdrawal").with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post(group + "/approval").with(staff.api("county2"))).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/programme-exclusions").with(staff.api("county")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
        mvc.perform(get("/api/v1/programme-changes").param("decided", "true").with(staff.api("county2")))
                .andExpect(jsonPath("$[*].summary").value(hasItem(containsString(name))));
    }

    @Test
    void theDatabaseRefusesAnApprovalByTheProposer() {
        long programme = jdbc.sql("SELECT id FROM programme_programme WHERE code = 'RURAL_NUTRITION'")
                .query(Long.class)
                .single();
        long change = jdbc.sql("""
                        INSERT INTO programme_change (kind, summary, programme_id, tier_code, tier_label, valid_from, amount, withdrawn,
                                                      proposed_by, proposed_at)
                        VALUES ('STANDARD', '营养餐 标准 600.00', :p, 'STANDARD', '标准', '2041-AUTUMN', 600, false, 'province', now())
                        RETURNING id""").param("p", programme).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("""
                        UPDATE programme_change SET status = 'APPROVED', decided_by = 'province', decided_at = now() WHERE id = :id""").param("id", change).update()).hasMessageContaining("programme_change");
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO programme_standard (programme_id, tier_code, tier_label, valid_from, amount, recorded_by, approved_by)
                        VALUES (:p, 'STANDARD', '标准', '2041-AUTUMN', 600, 'province', 'province')""").param("p", programme).update())
                .hasMessageContaining("programme_standard_second_person");
    }

    private String proposeExclusion(String name, String who) throws Exception {
        return mvc.perform(post("/api/v1/programme-exclusions")
                        .with(api(who))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name
                                + "\",\"programmes\":[\"PRIMARY_LIVING_SUBSIDY\",\"RURAL_NUTRITION\"]}"))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getHeader("Location");
    }

    private void approve(String change, String who) throws Exception {
        mvc.perform(post(change + "/approval").with(api(who))).andExpect(status().isOk());
    }

    private void openProgramme(String code, String name, String who) throws Exception {
        mvc.perform(post("/programmes")
                        .with(csrf())
                        .session(session(who))
                        .param("code", code)
                        .param("name", name)
                        .param("stages", "PRIMARY")
                        .param("semesters", "BOTH")
                        .param("kind", "LOCAL_AID")
                        .param("fundingLevel", "LOCAL")
                        .param("firstTerm", "2026-SPRING"))
                .andExpect(status().is3xxRedirection());
    }

    private int version(String code) throws Exception {
        return JsonPath.read(
                mvc.perform(get("/api/v1/programmes/" + code).with(staff.api("county")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private RequestPostProcessor api(String username) {
        if (username.startsWith("county") || username.startsWith("school")) {
            return staff.api(username);
        }
        String token = tokens.computeIfAbsent(username, u -> Login.token(mvc, u, TestAccounts.PASSWORD));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private MockHttpSession session(String username) {
        return Login.session(mvc, username, username.startsWith("county") ? DemoStaff.PASSWORD : TestAccounts.PASSWORD);
    }

    private String account(String prefix, Role role, String region) {
        String username = TestAccounts.uniqueName(prefix);
        accounts.ensureDemoAccount(username, "测试" + role.label(), Set.of(role), region, null, TestAccounts.PASSWORD);
        return username;
    }
}
