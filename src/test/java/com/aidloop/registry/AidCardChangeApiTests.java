package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.testing.Login;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 2, through the API: a card typed into {@code PUT /api/v1/students/{id}} by a school
 * account does not take effect. The record (and so everything that reads the student's card) keeps
 * the old card until a county staffer other than the requester approves the change; both people
 * and both masked cards are in the audit trail.
 */
@SpringBootTest
class AidCardChangeApiTests {

    private static final String NEW_CARD = "6217002710000684874";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    MockMvc mvc;
    Staff staff;
    SchoolView school;
    StudentInput input;
    StudentView student;

    @BeforeEach
    void aPupilWithACard() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
        school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
        input = People.pupil("李明", school.id());
        student = registry.register(input, SchoolFixtures.county());
    }

    /** The student as the API gives it, with another card: what a client sends back to change the card. */
    private String withCard(String bank, String cardNumber) throws Exception {
        JsonNode shown = json.readTree(mvc.perform(get("/api/v1/students/{id}", student.id())
                        .with(staff.api(Role.SCHOOL_STAFF, null, school.id())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<Map<String, Object>> household = new java.util.ArrayList<>();
        shown.get("household")
                .forEach(m -> household.add(Map.of(
                        "id",
                        m.get("id").asLong(),
                        "name",
                        m.get("name").asString(),
                        "relation",
                        m.get("relation").asString(),
                        "guardian",
                        m.get("guardian").asBoolean())));
        return json.writeValueAsString(Map.ofEntries(
                Map.entry("version", shown.get("version").asInt()),
                Map.entry("name", student.name()),
                Map.entry("idType", "居民身份证"),
                Map.entry("schoolId", school.id()),
                Map.entry("grade", "四年级"),
                Map.entry("className", "2班"),
                Map.entry("householdTownship", People.TOWNSHIP),
                Map.entry("householdVillage", People.VILLAGE),
                Map.entry("residence", "农村"),
                Map.entry("household", household),
                Map.entry("aidCard", Map.of("bank", bank, "cardNumber", cardNumber))));
    }

    @Test
    void aCardChangedByASchoolAccountWaitsForASecondPersonAndTheRecordKeepsTheOldCard() throws Exception {
        RequestPostProcessor schoolStaff = staff.api(Role.SCHOOL_STAFF, null, school.id());
        String oldMasked = student.aidCard().cardNumberMasked();

        String answer = mvc.perform(put("/api/v1/students/{id}", student.id())
                        .with(schoolStaff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withCard("中国建设银行平江支行", NEW_CARD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("四年级"))
                .andExpect(jsonPath("$.aidCard.cardNumberMasked").value(oldMasked))
                .andExpect(jsonPath("$.aidCard.bank").value(input.aidCard().bank()))
                .andExpect(jsonPath("$.pendingCardChange.newCardMasked").value("***************4874"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long change = json.readTree(answer).get("pendingCardChange").get("id").asLong();
        mvc.perform(get("/api/v1/students/{id}/sensitive", student.id()).with(schoolStaff))
                .andExpect(jsonPath("$.aidCardNumber").value(input.aidCard().cardNumber()));

        mvc.perform(post("/api/v1/aid-card-changes/{id}/approve", change).with(schoolStaff))
                .andExpect(status().isForbidden());
        RequestPostProcessor county = staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null);
        mvc.perform(get("/api/v1/aid-card-changes").with(county))
                .andExpect(jsonPath("$.content[?(@.id == " + change + ")].requestedBy")
                        .value(schoolUsername(change)));
        mvc.perform(post("/api/v1/aid-card-changes/{id}/approve", change)
                        .param("version", "0")
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(get("/api/v1/students/{id}/sensitive", student.id()).with(schoolStaff))
                .andExpect(jsonPath("$.aidCardNumber").value(NEW_CARD));
        List<Map<String, Object>> audit =
                jdbc.sql("""
                SELECT action, actor, summary, changes::text AS changes FROM audit_event
                 WHERE object_type = 'student' AND object_id = :id AND action LIKE 'CARD_CHANGE_%' ORDER BY id""").param("id", String.valueOf(student.id())).query().listOfRows();
        assertThat(audit)
                .extracting(r -> r.get("action"))
                .containsExactly("CARD_CHANGE_REQUEST", "CARD_CHANGE_APPROVE");
        assertThat(audit.get(1).get("summary").toString())
                .contains("申请人 " + schoolUsername(change), "审核人 " + audit.get(1).get("actor"));
        assertThat(audit.get(1).get("changes").toString())
                .contains(oldMasked, "***************4874")
                .doesNotContain(NEW_CARD)
                .doesNotContain(input.aidCard().cardNumber());
    }

    @Test
    void whoeverAskedForTheCardCannotApproveItAndARejectionKeepsTheOldCard() throws Exception {
        RequestPostProcessor county = staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null);
        String answer = mvc.perform(put("/api/v1/students/{id}", student.id())
                        .with(county)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withCard("中国建设银行平江支行", NEW_CARD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long change = json.readTree(answer).get("pendingCardChange").get("id").asLong();

        mvc.perform(post("/api/v1/aid-card-changes/{id}/approve", change).with(county))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("须由申请人以外的人员审核")));
        RequestPostProcessor second = anotherCountyStaff();
        mvc.perform(post("/api/v1/aid-card-changes/{id}/rejection", change)
                        .with(second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/aid-card-changes/{id}/rejection", change)
                        .with(second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"卡号与开户信息不符\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(get("/api/v1/students/{id}", student.id()).with(county))
                .andExpect(jsonPath("$.aidCard.cardNumberMasked")
                        .value(student.aidCard().cardNumberMasked()))
                .andExpect(jsonPath("$.pendingCardChange").doesNotExist());
        mvc.perform(get("/api/v1/aid-card-changes/{id}", change)
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.OTHER_COUNTY, null)))
                .andExpect(status().isNotFound());
    }

    private String schoolUsername(long change) {
        return jdbc.sql("SELECT requested_by FROM registry_card_change WHERE id = :id")
                .param("id", change)
                .query(String.class)
                .single();
    }

    private RequestPostProcessor anotherCountyStaff() {
        String username = com.aidloop.iam.TestAccounts.uniqueName("county-second");
        accounts.ensureDemoAccount(
                username, "平江县资助中心 复核", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null, Staff.PASSWORD);
        String token = Login.token(mvc, username, Staff.PASSWORD);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
