package com.aidloop.identification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
 * The family's steps through /api/v1/family/..., as a native client on a phone would take them:
 * an SMS code for a registered guardian's number, exchanged for a family token; the family's
 * students; consent, form, submission and the status step by step; another family's application
 * and the staff API answer 404 to the family's token, the family API refuses a staff token, and a
 * revoked token opens nothing.
 */
@SpringBootTest
class FamilyApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADDRESS = "192.0.2.83";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    SensitiveData sensitive;

    MockMvc mvc;
    GuardianPhone guardian;
    GuardianPhone otherFamily;
    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void aGuardianWhosePupilHasNotApplied() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<GuardianPhone> withoutApplication = FamilyCodesSent.sanshiPrimaryGuardians(students, schools).stream()
                .filter(g -> jdbc.sql("SELECT count(*) FROM identification_application WHERE student_id = :s")
                                .param("s", g.student().id())
                                .query(Integer.class)
                                .single()
                        == 0)
                .toList();
        guardian = withoutApplication.getLast();
        otherFamily = withoutApplication.get(withoutApplication.size() - 2);
        FamilyCodesSent.forget(jdbc, sensitive, guardian.phone());
        FamilyCodesSent.forgetAddress(jdbc, ADDRESS);
    }

    @AfterEach
    void removeWhatWasMade() {
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void aGuardianAppliesWithAFamilyTokenForItsOwnPupilOnly() throws Exception {
        String token = familyToken();
        mvc.perform(get("/api/v1/family/students").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                                "$[?(@.studentId == %d)].identificationState",
                                guardian.student().id())
                        .value("申请中"));

        long id = read(mvc.perform(post("/api/v1/family/applications")
                                .with(bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"studentId\":%d,\"consentBy\":\"王秀英\",\"agree\":true}"
                                        .formatted(guardian.student().id())))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        made.add(id);
        mvc.perform(post("/api/v1/family/applications/{id}/submit", id).with(bearer(token)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/family/applications/{id}/form", id)
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FORM.replace("TODAY", LocalDate.now().toString())))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/v1/family/applications/{id}/submit", id).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.statusLabel").value("已提交"))
                .andExpect(jsonPath("$.steps[1].state").value("DONE"))
                .andExpect(jsonPath("$.level").doesNotExist());

        theFamilyReachesNothingElse(token, id);
    }

    private void theFamilyReachesNothingElse(String token, long id) throws Exception {
        long othersStudent = otherFamily.student().id();
        mvc.perform(post("/api/v1/family/applications")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\":%d,\"consentBy\":\"某人\",\"agree\":true}".formatted(othersStudent)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/identification/applications/{id}", id).with(bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/students").with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/family/applications/{id}", id).with(new DemoStaff(mvc).api("school")))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/family/token").with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/family/applications/{id}", id).with(bearer(token)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongCodeGetsNoTokenAndAnUnregisteredNumberTheSameAnswerAsARegisteredOne() throws Exception {
        JsonNode sent = read(mvc.perform(post("/api/v1/family/code")
                        .with(from(ADDRESS))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"" + guardian.phone().value() + "\"}"))
                .andExpect(status().isAccepted()));
        JsonNode unknown = read(mvc.perform(post("/api/v1/family/code")
                        .with(from(ADDRESS))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"13700000000\"}"))
                .andExpect(status().isAccepted()));
        assertThat(sent.propertyNames()).isEqualTo(unknown.propertyNames());
        mvc.perform(post("/api/v1/family/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"" + guardian.phone().value() + "\",\"code\":\"000000x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String familyToken() throws Exception {
        mvc.perform(post("/api/v1/family/code")
                        .with(from(ADDRESS))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"" + guardian.phone().value() + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.sentTo").value(guardian.phone().masked()));
        String code =
                FamilyCodesSent.lastCode(jdbc, sensitive, guardian.phone()).orElseThrow();
        JsonNode issued = read(mvc.perform(post("/api/v1/family/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"%s\",\"code\":\"%s\"}"
                                .formatted(guardian.phone().value(), code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actsAs").value("GUARDIAN")));
        return issued.get("token").asString();
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static final String FORM = """
            {"members":[{"name":"李建国","relation":"父亲","age":42,"job":"农村务农","employer":"","annualIncome":9000,"health":"MAJOR_ILLNESS"},
                        {"name":"王秀英","relation":"母亲","age":40,"job":"无业","employer":"","annualIncome":3000,"health":"HEALTHY"}],
             "incomes":null,"specialGroups":[],"housing":"自有住房","emergencies":[],
             "siblings":{"preschool":0,"primary":1,"juniorSecondary":0,"seniorSecondary":0,"higher":0},
             "indicatorAnswers":{},"commitment":{"signedName":"王秀英","signedOn":"TODAY"}}
            """;

    private static JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
