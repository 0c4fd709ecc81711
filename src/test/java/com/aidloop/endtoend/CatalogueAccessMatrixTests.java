package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.programme.CatalogueApprovals;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInput;
import com.aidloop.programme.ProgrammeManagement;
import com.aidloop.programme.StandardInput;
import com.aidloop.shared.Refusal;
import com.aidloop.testing.Login;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue's writes per county, on the API and the pages (issue 10, item 3): programmes and
 * exclusion groups of the whole country, of 平江县 (the demo county, 430626) and of 岳阳县
 * (430621); staff of both counties, of the province, and others. Another county's entry is 404
 * (its existence is not revealed), an entry of another level 403, a role without PROGRAMME_EDIT
 * 403; a standard or an exclusion change is accepted as a proposal (202), and only a second
 * person of the owner's level approves it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueAccessMatrixTests {

    private static final String DEMO_PASSWORD = "Pingjiang@2026";
    private static final CurrentAccount PINGJIANG = staff("county", Role.COUNTY_STAFF, "430626");
    private static final CurrentAccount PINGJIANG2 = staff("county2", Role.COUNTY_STAFF, "430626");
    private static final CurrentAccount PINGJIANG_PROPOSER = staff("matrix-pingjiang", Role.COUNTY_STAFF, "430626");
    private static final CurrentAccount YUEYANG_A = staff("matrix-yueyang-a", Role.COUNTY_STAFF, "430621");
    private static final CurrentAccount YUEYANG_B = staff("matrix-yueyang-b", Role.COUNTY_STAFF, "430621");
    private static final CurrentAccount PROVINCE_PROPOSER = staff("matrix-province", Role.PROVINCE_STAFF, "43");
    private static final AtomicInteger AMOUNTS = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    CatalogueApprovals approvals;

    private final Map<String, String> objects = new HashMap<>();
    private final Map<String, MockHttpSession> sessions = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void seedTheCatalogueOfTwoCountiesAndLogIn() {
        String pingjiang = "MATRIX_PINGJIANG_" + ProcessHandle.current().pid() % 100_000;
        String yueyang = "MATRIX_YUEYANG_" + ProcessHandle.current().pid() % 100_000;
        programmes.open(programme(pingjiang, "平江县矩阵助学金"), PINGJIANG);
        programmes.open(programme(yueyang, "岳阳县矩阵助学金"), YUEYANG_A);
        objects.put("progNational", "SENIOR_HIGH_NATIONAL_GRANT");
        objects.put("progPingjiang", pingjiang);
        objects.put("progYueyang", yueyang);
        objects.put(
                "exclNational",
                String.valueOf(jdbc.sql("SELECT min(id) FROM programme_exclusion WHERE owner_region IS NULL")
                        .query(Long.class)
                        .single()));
        objects.put("exclPingjiang", exclusion("平江县矩阵互斥", PINGJIANG, PINGJIANG2));
        objects.put("exclYueyang", exclusion("岳阳县矩阵互斥", YUEYANG_A, YUEYANG_B));
        Map<String, String> users = new HashMap<>(Map.of(
                "county",
                "county",
                "county2",
                "county2",
                "school",
                "school",
                "township",
                "township",
                "village",
                "village",
                "sysadmin",
                "sysadmin"));
        users.put("yueyang", account("yueyang", Role.COUNTY_STAFF, "430621"));
        users.put("province", account("province", Role.PROVINCE_STAFF, "43"));
        users.forEach((role, username) -> {
            String password = role.equals(username) ? DEMO_PASSWORD : TestAccounts.PASSWORD;
            sessions.put(role, Login.session(mvc, username, password));
            tokens.put(role, Login.token(mvc, username, password));
        });
    }

    static Stream<Arguments> writes() {
        // user, action, object, expected status on the API (pages answer 302 where the API succeeds)
        String[][] rows = {
            // a standard (资助标准): proposed by the owner's level, accepted as pending
            {"county", "standard", "progPingjiang", "202"},
            {"county", "standard", "progYueyang", "404"},
            {"county", "standard", "progNational", "403"},
            {"yueyang", "standard", "progYueyang", "202"},
            {"yueyang", "standard", "progPingjiang", "404"},
            {"yueyang", "standard", "progNational", "403"},
            {"province", "standard", "progNational", "202"},
            {"province", "standard", "progPingjiang", "403"},
            {"school", "standard", "progPingjiang", "403"},
            {"township", "standard", "progPingjiang", "403"},
            {"sysadmin", "standard", "progNational", "403"},
            // funding shares (资金分担): the owner's level, no second person
            {"county", "shares", "progPingjiang", "201"},
            {"county", "shares", "progYueyang", "404"},
            {"county", "shares", "progNational", "403"},
            {"province", "shares", "progNational", "201"},
            {"yueyang", "shares", "progPingjiang", "404"},
            {"school", "shares", "progPingjiang", "403"},
            // removing an exclusion group (互斥项目): proposed by the owner's level
            {"county", "removal", "exclPingjiang", "202"},
            {"county", "removal", "exclYueyang", "404"},
            {"county", "removal", "exclNational", "403"},
            {"yueyang", "removal", "exclPingjiang", "404"},
            {"yueyang", "removal", "exclYueyang", "202"},
            {"province", "removal", "exclNational", "202"},
            {"province", "removal", "exclPingjiang", "403"},
            {"school", "removal", "exclPingjiang", "403"},
            // approving a pending change (审核通过): a second person of the owner's level
            {"county", "approval", "progPingjiang", "200"},
            {"county2", "approval", "progPingjiang", "200"},
            {"yueyang", "approval", "progPingjiang", "404"},
            {"province", "approval", "progPingjiang", "403"},
            {"county", "approval", "progNational", "403"},
            {"province", "approval", "progNational", "200"},
            {"yueyang", "approval", "progYueyang", "200"},
            {"county", "approval", "progYueyang", "404"},
            {"school", "approval", "progPingjiang", "403"},
            {"township", "approval", "progPingjiang", "403"},
            // reading (查看): another county's programme is not there
            {"county", "read", "progYueyang", "404"},
            {"school", "read", "progYueyang", "404"},
            {"village", "read", "progYueyang", "404"},
            {"yueyang", "read", "progPingjiang", "404"},
            {"county", "read", "progPingjiang", "200"},
            {"school", "read", "progPingjiang", "200"},
            {"village", "read", "progPingjiang", "200"},
            {"province", "read", "progYueyang", "200"},
            {"yueyang", "read", "progNational", "200"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], r[2], Integer.parseInt(r[3])));
    }

    @ParameterizedTest(name = "api: {0} {1} of {2} → {3}")
    @MethodSource("writes")
    void catalogueWritesAnswerByCountyOnTheApi(String user, String action, String object, int expected)
            throws Exception {
        String code = objects.get(object);
        MockHttpServletRequestBuilder request =
                switch (action) {
                    case "standard" ->
                        post("/api/v1/programmes/" + code + "/standards")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"tier\":\"一档\",\"validFrom\":\"2061-AUTUMN\",\"amount\":\""
                                        + AMOUNTS.incrementAndGet() + "\",\"version\":" + version(code) + "}");
                    case "shares" ->
                        post("/api/v1/programmes/" + code + "/funding-shares")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"validFrom\":\"2061-AUTUMN\",\"central\":\"60\",\"county\":\"40\"}");
                    case "removal" -> delete("/api/v1/programme-exclusions/" + code);
                    case "approval" -> post("/api/v1/programme-changes/" + pendingChange(object) + "/approval");
                    default -> get("/api/v1/programmes/" + code);
                };
        int status = mvc.perform(request.header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "page: {0} {1} of {2} → {3}")
    @MethodSource("writes")
    void catalogueFormsAnswerByCounty(String user, String action, String object, int expected) throws Exception {
        String code = objects.get(object);
        MockHttpServletRequestBuilder request =
                switch (action) {
                    case "standard" ->
                        post("/programmes/" + code + "/standards")
                                .param("tier", "一档")
                                .param("validFrom", "2061-AUTUMN")
                                .param("amount", String.valueOf(AMOUNTS.incrementAndGet()))
                                .param("version", String.valueOf(version(code)));
                    case "shares" ->
                        post("/programmes/" + code + "/funding-shares")
                                .param("validFrom", "2061-AUTUMN")
                                .param("central", "60")
                                .param("county", "40");
                    case "removal" -> post("/programmes/exclusions/" + code + "/remove");
                    case "approval" -> post("/programmes/changes/" + pendingChange(object) + "/approve");
                    default -> get("/programmes/" + code);
                };
        int status = mvc.perform(request.with(csrf()).session(sessions.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected / 100 == 2 && !action.equals("read") ? 302 : expected);
    }

    /** A fresh standard proposal for the programme, by someone of its level who is none of the users above. */
    private long pendingChange(String object) {
        CurrentAccount proposer =
                switch (object) {
                    case "progNational" -> PROVINCE_PROPOSER;
                    case "progYueyang" -> YUEYANG_B;
                    default -> PINGJIANG_PROPOSER;
                };
        String code = objects.get(object);
        StandardInput input = new StandardInput(
                "一档", "", "2061-AUTUMN", String.valueOf(AMOUNTS.incrementAndGet()), "", "", false, "", "");
        return changes.proposeStandard(code, version(code), input, proposer).id();
    }

    private int version(String code) {
        return catalogue
                .detail(code, com.aidloop.iam.DataScope.region("43"))
                .orElseThrow()
                .programme()
                .version();
    }

    /** The two groups bind the demo county's students (and 岳阳县's): they are left to no other test. */
    @AfterAll
    void removeTheExclusionGroups() {
        removeQuietly(objects.get("exclPingjiang"), PINGJIANG, PINGJIANG2);
        removeQuietly(objects.get("exclYueyang"), YUEYANG_A, YUEYANG_B);
    }

    private void removeQuietly(String id, CurrentAccount proposer, CurrentAccount approver) {
        try {
            approvals.approve(
                    changes.proposeRemoval(Long.parseLong(id), proposer).id(), approver);
        } catch (Refusal removedOrPendingAlready) {
            jdbc.sql("UPDATE programme_exclusion SET superseded_at = now(), superseded_by = 'test-cleanup'"
                            + " WHERE id = :id AND superseded_at IS NULL")
                    .param("id", Long.parseLong(id))
                    .update();
        }
    }

    private String exclusion(String name, CurrentAccount proposer, CurrentAccount approver) {
        long change = changes.proposeExclusion(
                        "", name, List.of("PRIMARY_LIVING_SUBSIDY", "RURAL_NUTRITION"), "", "", proposer)
                .id();
        approvals.approve(change, approver);
        return String.valueOf(jdbc.sql("SELECT id FROM programme_exclusion WHERE name = :n AND owner_region = :o")
                .param("n", name)
                .param("o", proposer.regionCode())
                .query(Long.class)
                .single());
    }

    private static ProgrammeInput programme(String code, String name) {
        return new ProgrammeInput(
                code, name, "", List.of("PRIMARY"), "BOTH", "LOCAL_AID", "LOCAL", "2026-SPRING", "", "");
    }

    private String account(String prefix, Role role, String region) {
        String username = TestAccounts.uniqueName("matrix-" + prefix);
        accounts.ensureDemoAccount(username, "测试" + role.label(), Set.of(role), region, null, TestAccounts.PASSWORD);
        return username;
    }

    private static CurrentAccount staff(String username, Role role, String region) {
        return new CurrentAccount(0, username, "测试" + role.label(), Set.of(role), region, null);
    }
}
