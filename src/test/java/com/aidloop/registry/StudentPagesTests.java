package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.audit.AuditLog;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class StudentPagesTests {

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

    @Autowired
    RegionManagement regions;

    SchoolView schoolA;
    SchoolView schoolB;
    RequestPostProcessor county;

    @BeforeEach
    void twoSchools() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
        county = staff.countyStaff(SchoolFixtures.COUNTY);
        schoolA = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
        schoolB = schools.open(SchoolFixtures.primarySchool("南江镇第二小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    /** The new-student form as a browser posts it. */
    private MockHttpServletRequestBuilder registration(StudentInput s) {
        MockHttpServletRequestBuilder form = post("/students")
                .with(csrf())
                .param("name", s.name())
                .param("idType", "RESIDENT_ID_CARD")
                .param("idNumber", s.idNumber())
                .param("schoolId", String.valueOf(s.schoolId()))
                .param("grade", s.grade())
                .param("className", s.className())
                .param("householdTownship", s.householdTownship())
                .param("residence", "RURAL")
                .param("cardBank", s.aidCard().bank())
                .param("cardNumber", s.aidCard().cardNumber());
        for (int i = 0; i < s.household().size(); i++) {
            var m = s.household().get(i);
            form.param("members[" + i + "].name", m.name())
                    .param("members[" + i + "].relation", m.relation())
                    .param("members[" + i + "].idNumber", m.idNumber());
            if (m.guardian()) {
                form.param("members[" + i + "].guardian", "true").param("members[" + i + "].phone", m.phone());
            }
        }
        return form.param("members[5].name", "").param("members[5].relation", "");
    }

    @Test
    void theListShowsMaskedIdNumbersAndTheTotal() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(get("/students")
                        .param("schoolId", String.valueOf(schoolA.id()))
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-student-id=\"" + student.id() + "\"")))
                .andExpect(content().string(containsString(student.idNumberMasked())))
                .andExpect(content().string(not(containsString(input.idNumber()))))
                .andExpect(content().string(containsString("共 <strong>1</strong> 条")));
    }

    @Test
    void aStudentOfAnotherSchoolDoesNotExistForSchoolStaff() throws Exception {
        StudentView student = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());

        mvc.perform(get("/students/" + student.id()).with(staff.schoolStaff(schoolB.id())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/students/" + student.id() + "/edit").with(staff.schoolStaff(schoolB.id())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/students/" + student.id()).with(staff.schoolStaff(schoolA.id())))
                .andExpect(status().isOk());
    }

    @Test
    void registersThroughTheFormAndRedirectsToTheStudent() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());

        mvc.perform(registration(input).with(county))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/students/*"));

        assertThat(registry.findByIdNumber(input.idNumber(), SchoolFixtures.county()))
                .get()
                .satisfies(s -> assertThat(s.household()).hasSize(2));
    }

    @Test
    void aWrongCheckDigitIsExplainedUnderTheIdField() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());
        String wrong = input.idNumber().substring(0, 17) + (input.idNumber().charAt(17) == '1' ? '2' : '1');
        StudentInput typo = People.pupil("李明", schoolA.id(), wrong, People.TOWNSHIP, null);

        mvc.perform(registration(typo).with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-for=\"idNumber\"")))
                .andExpect(content().string(containsString("证件号码校验位错误，请核对后重新填写")));
    }

    @Test
    void aDuplicateIdNumberLinksToTheStudentOnlyForThoseWhoMaySeeIt() throws Exception {
        StudentInput first = People.pupil("李明", schoolA.id());
        StudentView existing = registry.register(first, SchoolFixtures.county());

        mvc.perform(registration(People.pupil("李小明", schoolA.id(), first.idNumber(), People.TOWNSHIP, null))
                        .with(county))
                .andExpect(content().string(containsString("已登记为学生“李明”")))
                .andExpect(
                        content().string(containsString("/students/" + existing.id() + "\" id=\"existing-student\"")));
        mvc.perform(registration(People.pupil("李小明", schoolB.id(), first.idNumber(), People.TOWNSHIP, null))
                        .with(staff.schoolStaff(schoolB.id())))
                .andExpect(content().string(containsString("该证件号码已登记，请联系县级资助中心核实")))
                .andExpect(content().string(not(containsString("李明”"))))
                .andExpect(content().string(not(containsString("existing-student"))));
    }

    @Test
    void theEditFormNeverCarriesFullSensitiveValues() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(get("/students/" + student.id() + "/edit").with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("placeholder=\"" + student.idNumberMasked() + "\"")))
                .andExpect(content().string(not(containsString(input.idNumber()))))
                .andExpect(content().string(not(containsString(input.aidCard().cardNumber()))))
                .andExpect(content()
                        .string(not(containsString(input.household().get(0).phone()))));
    }

    @Test
    void aSecondEditorIsToldThatSomeoneSavedMeanwhile() throws Exception {
        StudentView student = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());
        String stale = String.valueOf(student.version());
        registry.revise(
                student.id(),
                student.version(),
                People.withoutHousehold(new StudentInput(
                        student.name(),
                        null,
                        "居民身份证",
                        "",
                        "",
                        schoolA.id(),
                        "四年级",
                        "2班",
                        People.TOWNSHIP,
                        People.VILLAGE,
                        "农村",
                        null,
                        null)),
                SchoolFixtures.county());

        mvc.perform(post("/students/" + student.id())
                        .with(csrf())
                        .with(county)
                        .param("version", stale)
                        .param("name", "李明")
                        .param("idType", "RESIDENT_ID_CARD")
                        .param("schoolId", String.valueOf(schoolA.id()))
                        .param("grade", "五年级")
                        .param("householdTownship", People.TOWNSHIP)
                        .param("residence", "RURAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该学生信息已被他人修改并保存")));
        assertThat(registry.find(student.id(), SchoolFixtures.county())
                        .orElseThrow()
                        .grade())
                .isEqualTo("四年级");
    }

    @Test
    void revealingShowsTheFullValuesAndIsAudited() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(get("/students/" + student.id()).with(county))
                .andExpect(content().string(containsString("查看完整信息")))
                .andExpect(content().string(not(containsString(input.idNumber()))));
        mvc.perform(post("/students/" + student.id() + "/reveal")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(input.idNumber())))
                .andExpect(content().string(containsString(input.aidCard().cardNumber())))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(new AuditLog(jdbc).about("student", student.id()))
                .extracting(r -> r.action())
                .contains("REVEAL");
    }

    @Test
    void reviewersWithoutRevealDoNotGetTheButton() throws Exception {
        StudentView student = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());

        mvc.perform(get("/students/" + student.id()).with(staff.townshipReviewer(People.TOWNSHIP)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("查看完整信息"))))
                .andExpect(content().string(not(containsString("id=\"edit\""))));
    }

    @Test
    void theRegionTreeOfTheCountyFiltersTheList() throws Exception {
        regions.loadVillages(SchoolFixtures.COUNTY);
        StudentView nanjiang = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());
        StudentView anding = registry.register(
                People.pupil("刘洋", schoolA.id(), People.childId(true), People.OTHER_TOWNSHIP, People.OTHER_VILLAGE),
                SchoolFixtures.county());

        mvc.perform(get("/students").with(county))
                .andExpect(content().string(containsString("data-region-code=\"" + People.TOWNSHIP + "\"")))
                .andExpect(content().string(containsString(">南江镇</a>")));
        mvc.perform(get("/students")
                        .param("region", People.OTHER_VILLAGE)
                        .param("schoolId", String.valueOf(schoolA.id()))
                        .with(county))
                .andExpect(content().string(containsString("当前区划：<strong>河圳村民委员会</strong>")))
                .andExpect(content().string(containsString("data-student-id=\"" + anding.id() + "\"")))
                .andExpect(content().string(not(containsString("data-student-id=\"" + nanjiang.id() + "\""))));
    }

    @Test
    void suggestsTheVillagesOfTheChosenTownship() throws Exception {
        regions.loadVillages(SchoolFixtures.COUNTY);

        mvc.perform(get("/students/village-options")
                        .param("householdTownship", People.TOWNSHIP)
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + People.VILLAGE + "\"")))
                .andExpect(content().string(containsString("大湾村民委员会")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void withoutTheRightPermissionRevealingAndEditingAreForbiddenAndNothingIsRevealed() throws Exception {
        StudentView student = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());
        RequestPostProcessor reviewer = staff.townshipReviewer(People.TOWNSHIP);

        mvc.perform(post("/students/" + student.id() + "/reveal")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(reviewer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/students/new").with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/students/" + student.id() + "/edit").with(reviewer)).andExpect(status().isForbidden());
        assertThat(new AuditLog(jdbc).about("student", student.id()))
                .extracting(r -> r.action())
                .doesNotContain("REVEAL");
    }

    @Test
    void nobodyLoggedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/students")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAuditTrailNamesTheRevealerAndHoldsNoFullNumber() throws Exception {
        StudentInput input = People.pupil("李明", schoolA.id());
        StudentView student = registry.register(input, SchoolFixtures.county());

        mvc.perform(post("/students/" + student.id() + "/reveal").with(csrf()).with(county))
                .andExpect(status().isOk());

        var reveal = new AuditLog(jdbc)
                .about("student", student.id()).stream()
                        .filter(r -> r.action().equals("REVEAL"))
                        .findFirst()
                        .orElseThrow();
        assertThat(reveal.actor()).startsWith("test-registry-county-staff.");
        assertThat(new AuditLog(jdbc).rawAbout("student", student.id()))
                .doesNotContain(input.idNumber())
                .doesNotContain(input.aidCard().cardNumber())
                .doesNotContain(input.household().get(0).phone());
    }

    @Test
    void aVillageReviewerListsTheStudentsRegisteredInTheVillage() throws Exception {
        StudentView ours = registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.county());
        StudentView theirs = registry.register(
                People.pupil("刘洋", schoolA.id(), People.childId(true), People.OTHER_TOWNSHIP, People.OTHER_VILLAGE),
                SchoolFixtures.county());
        RequestPostProcessor village = staff.page(Role.VILLAGE_REVIEWER, People.VILLAGE, null);

        mvc.perform(get("/students")
                        .param("schoolId", String.valueOf(schoolA.id()))
                        .with(village))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-student-id=\"" + ours.id() + "\"")))
                .andExpect(content().string(not(containsString("data-student-id=\"" + theirs.id() + "\""))));
        mvc.perform(get("/students/" + theirs.id()).with(village)).andExpect(status().isNotFound());
    }
}
