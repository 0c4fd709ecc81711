package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.audit.AuditLog;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
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

@SpringBootTest
class StudentApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Staff staff;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    SchoolView school;
    RequestPostProcessor county;

    @BeforeEach
    void aSchool() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
        county = staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null);
        school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    private static String json(StudentInput s, Integer version) {
        var father = s.household().get(0);
        return """
                {"version": %s, "name": "%s", "idType": "居民身份证", "idNumber": "%s", "schoolId": %d,
                 "grade": "三年级", "className": "2班", "householdTownship": "%s", "householdVillage": "%s",
                 "residence": "农村",
                 "household": [{"name": "%s", "relation": "父亲", "guardian": true, "idNumber": "%s", "phone": "%s",
                                "annualIncome": "36000"}],
                 "aidCard": {"bank": "中国农业银行平江县支行", "cardNumber": "%s"}}
                """.formatted(
                        version,
                        s.name(),
                        s.idNumber(),
                        s.schoolId(),
                        s.householdTownship(),
                        s.householdVillage(),
                        father.name(),
                        father.idNumber(),
                        father.phone(),
                        s.aidCard().cardNumber());
    }

    @Test
    void listsStudentsPagedWithMaskedIdNumbers() throws Exception {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(get("/api/v1/students")
                        .param("schoolId", String.valueOf(school.id()))
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.content[0].id").value(student.id()))
                .andExpect(jsonPath("$.content[0].idNumberMasked").value(student.idNumberMasked()))
                .andExpect(content().string(not(containsString(input.idNumber()))));
    }

    @Test
    void registersAStudentAndAnswersWithTheMaskedStudent() throws Exception {
        StudentInput input = People.pupil("李明", school.id());

        mvc.perform(post("/api/v1/students")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(input, null))
                        .with(county)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/students/")))
                .andExpect(jsonPath("$.idNumberMasked")
                        .value(input.idNumber().substring(0, 6) + "********"
                                + input.idNumber().substring(14)))
                .andExpect(content().string(not(containsString(input.idNumber()))));
    }

    @Test
    void refusesInvalidInputWithChineseMessagesPerField() throws Exception {
        StudentInput input = People.pupil("李明", school.id());
        String broken = json(input, null)
                .replace(
                        input.idNumber(),
                        input.idNumber().substring(0, 17) + (input.idNumber().charAt(17) == '1' ? '2' : '1'))
                .replace("\"三年级\"", "\"\"");

        mvc.perform(post("/api/v1/students")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken)
                        .with(county)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("input.invalid"))
                .andExpect(jsonPath("$.detail").value(containsString("证件号码校验位错误")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("证件号码校验位错误，请核对后重新填写")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("grade")));
    }

    @Test
    void aStudentOutsideTheScopeIsNotFound() throws Exception {
        StudentView student = registry.register(People.pupil("李明", school.id()), SchoolFixtures.county());
        RequestPostProcessor stranger = staff.api(Role.COUNTY_STAFF, SchoolFixtures.OTHER_COUNTY, null);

        mvc.perform(get("/api/v1/students/" + student.id()).with(stranger))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("学生不存在或您无权查看"));
        mvc.perform(get("/api/v1/students/" + student.id() + "/sensitive").with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/students/" + (student.id() + 100_000)).with(county))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflict() throws Exception {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, SchoolFixtures.county());
        String update = json(input, student.version()).replace("三年级", "四年级");

        mvc.perform(put("/api/v1/students/" + student.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update)
                        .with(county)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("四年级"))
                .andExpect(jsonPath("$.version").value(student.version() + 1));
        mvc.perform(put("/api/v1/students/" + student.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update)
                        .with(county)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
    }

    @Test
    void theSensitiveViewGivesFullValuesAndIsAudited() throws Exception {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(get("/api/v1/students/" + student.id() + "/sensitive").with(county))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(input.idNumber()))
                .andExpect(jsonPath("$.aidCardNumber").value(input.aidCard().cardNumber()))
                .andExpect(jsonPath("$.household[0].phone")
                        .value(input.household().get(0).phone()));
        assertThat(new AuditLog(jdbc).about("student", student.id()))
                .extracting(r -> r.action())
                .contains("REVEAL");
    }

    @Test
    void revealingNeedsThePermissionAndAnAccount() throws Exception {
        StudentView student = registry.register(People.pupil("李明", school.id()), SchoolFixtures.county());

        mvc.perform(get("/api/v1/students/" + student.id() + "/sensitive")
                        .with(staff.api(Role.TOWNSHIP_REVIEWER, People.TOWNSHIP, null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/students/" + student.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/students/" + student.id())
                        .with(staff.api(Role.TOWNSHIP_REVIEWER, People.TOWNSHIP, null)))
                .andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionNamesTheStudentOperationsInChinese() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/students/{id}/sensitive")))
                .andExpect(content().string(containsString("分页查询学生")))
                .andExpect(content().string(containsString("查看学生完整信息")))
                .andExpect(content().string(containsString("/api/v1/schools")));
    }
}
