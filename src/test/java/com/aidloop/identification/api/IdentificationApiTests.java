package com.aidloop.identification.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.identification.application.Applications;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.SchoolPupils;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identification steps through /api/v1/identification/... with the demo school's token, as
 * a native client would walk them: a paper application started, its form and consent saved,
 * submitted and scored, reviewed by the class, decided, adjusted during the year, its history
 * read and its documents downloaded; bad input answers problem+json; every path is in the
 * OpenAPI description.
 */
@SpringBootTest
class IdentificationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ThreePartyReviews threeParty;

    MockMvc mvc;
    DemoStaff staff;
    private final List<Long> made = new ArrayList<>();
    private final List<Long> meetings = new ArrayList<>();

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @AfterEach
    void removeWhatWasMade() {
        jdbc.sql("DELETE FROM identification_class_review WHERE id = ANY(:ids)")
                .param("ids", meetings.toArray(Long[]::new))
                .update();
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void aSchoolWalksAnApplicationFromPaperToAnAdjustmentAndItsDocuments() throws Exception {
        long student = SchoolPupils.withoutApplication(jdbc, "2143062611");
        long id = read(mvc.perform(post("/api/v1/identification/applications")
                                .with(staff.api("school"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"studentId\":" + student + "}"))
                        .andExpect(status().isOk()))
                .get("id")
                .asLong();
        made.add(id);
        formAndConsent(id);
        mvc.perform(post("/api/v1/identification/applications/{id}/submit", id).with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("SPECIAL"))
                .andExpect(jsonPath("$.explanation", Matchers.containsString("孤儿")));
        long meeting = classReview(id);
        decideAndAdjust(id);
        documents(id, meeting);
    }

    private void formAndConsent(long id) throws Exception {
        mvc.perform(put("/api/v1/identification/applications/{id}/form", id)
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FORM.replace("TODAY", LocalDate.now().toString())))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/v1/identification/applications/{id}/consent", id)
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenBy\":\"王秀英\",\"byGuardian\":true}"))
                .andExpect(status().is2xxSuccessful());
    }

    /** The class's waiting list (no income), a meeting agreeing, its minutes; answers the meeting. */
    private long classReview(long id) throws Exception {
        String className = read(mvc.perform(get("/api/v1/identification/applications/{id}", id)
                                .with(staff.api("school")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("SUBMITTED")))
                .get("className")
                .asString();
        mvc.perform(get("/api/v1/identification/class-reviews/waiting")
                        .param("className", className)
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.applicationId == " + id + ")].suggestedLevel", Matchers.hasItem("特别困难")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("9000"))));
        long meeting = read(mvc.perform(post("/api/v1/identification/class-reviews")
                                .with(staff.api("school"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(review(className, id)))
                        .andExpect(status().isOk()))
                .get("id")
                .asLong();
        meetings.add(meeting);
        mvc.perform(get("/api/v1/identification/class-reviews/{id}", meeting).with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review.verdicts[0].verdict").value("AGREE"));
        return meeting;
    }

    private void decideAndAdjust(long id) throws Exception {
        mvc.perform(post("/api/v1/identification/applications/decisions")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[" + id + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(1));
        // a primary school's decision is final after three-party review (its own API, tested there)
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        mvc.perform(post("/api/v1/identification/adjustments")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":" + id
                                + ",\"adjustment\":{\"level\":\"FAIRLY\",\"reason\":\"母亲就业\",\"rescore\":true}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/identification/adjustments")
                        .param("applicationId", "" + id)
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].step", Matchers.contains("学校认定", "动态调整")))
                .andExpect(jsonPath("$[*].level", Matchers.contains("SPECIAL", "FAIRLY")))
                .andExpect(jsonPath("$[1].suggestedLevel").value("SPECIAL"))
                .andExpect(jsonPath("$[1].reason").value("母亲就业"));
        mvc.perform(get("/api/v1/identification/applications/{id}", id).with(staff.api("school")))
                .andExpect(jsonPath("$.decidedLevel").value("FAIRLY"))
                .andExpect(jsonPath("$.status").value("THREE_PARTY_REVIEW"));
    }

    private void documents(long id, long meeting) throws Exception {
        mvc.perform(get("/api/v1/identification/documents/application-form/{id}", id)
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")));
        mvc.perform(get("/api/v1/identification/documents/review-minutes/{id}", meeting)
                        .with(staff.api("school")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/identification/documents/summary")
                        .param("year", "" + Applications.currentSchoolYear())
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void badAdjustmentsAnswerProblemJsonAndUnknownApplicationsNotFound() throws Exception {
        long submitted = jdbc.sql("""
                        SELECT a.id FROM identification_application a JOIN school_school s ON s.id = a.school_id
                         WHERE s.code = '2143062611' AND a.status = 'SUBMITTED' LIMIT 1
                        """).query(Long.class).single();
        mvc.perform(post("/api/v1/identification/adjustments")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":" + submitted
                                + ",\"adjustment\":{\"level\":\"FAIRLY\",\"reason\":\"\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("须写明原因")));
        mvc.perform(post("/api/v1/identification/adjustments")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":" + submitted
                                + ",\"adjustment\":{\"level\":\"FAIRLY\",\"reason\":\"变故\"}}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/identification/adjustments")
                        .param("applicationId", "-5")
                        .with(staff.api("school")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/identification/documents/application-form/{id}", -5)
                        .with(staff.api("school")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIdentificationStepsAreInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs").with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("/api/v1/identification/applications/{id}/submit"),
                                Matchers.containsString("/api/v1/identification/applications/{id}/decision"),
                                Matchers.containsString("/api/v1/identification/class-reviews"),
                                Matchers.containsString("/api/v1/identification/adjustments"),
                                Matchers.containsString("/api/v1/identification/documents/summary"),
                                Matchers.containsString("学期动态调整"),
                                Matchers.containsString("认定结果汇总表"))));
    }

    private static final String FORM = """
            {"members":[{"name":"李建国","relation":"父亲","age":42,"job":"农村务农","employer":"","annualIncome":9000,"health":"MAJOR_ILLNESS"},
                        {"name":"王秀英","relation":"母亲","age":40,"job":"无业","employer":"","annualIncome":3000,"health":"HEALTHY"}],
             "incomes":null,"specialGroups":["GUER"],"housing":"自有住房","emergencies":[],
             "siblings":{"preschool":0,"primary":1,"juniorSecondary":0,"seniorSecondary":0,"higher":0},
             "indicatorAnswers":{},"commitment":{"signedName":"王秀英","signedOn":"TODAY"}}
            """;

    private static String review(String className, long id) {
        return """
                {"className":"%s","schoolYear":0,"heldOn":"%s","classTeacher":"张老师","studentReps":"学生代表甲",
                 "parentReps":"家长代表乙","verdicts":[{"applicationId":%d,"verdict":"AGREE","votesFor":5,"votesAgainst":1,
                 "votesAbstain":0,"opinion":"同意"}]}
                """.formatted(className, LocalDate.now(), id);
    }

    private static JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
