package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.registry.Staff;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class SchoolPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    MockMvc mvc;
    Staff staff;
    RequestPostProcessor county;

    @BeforeEach
    void countyStaff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
        county = staff.countyStaff(SchoolFixtures.COUNTY);
    }

    @Test
    void listsSearchesAndShowsSchoolsWithTownshipNames() throws Exception {
        SchoolView school = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());

        mvc.perform(get("/schools").param("q", school.code()).with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-school-id=\"" + school.id() + "\"")))
                .andExpect(content().string(Matchers.containsString("<td>南江镇</td>")))
                .andExpect(content().string(Matchers.containsString("共 <strong>1</strong> 条")));
        mvc.perform(get("/schools/" + school.id()).with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("湖南省岳阳市平江县南江镇")));
    }

    @Test
    void opensASchoolThroughTheFormWithChineseMessagesUnderTheFields() throws Exception {
        mvc.perform(post("/schools")
                        .param("code", "12")
                        .param("name", "南江镇第三小学")
                        .with(csrf())
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("学校标识码应为10位数字，当前为2位，请核对后重新填写")))
                .andExpect(content().string(Matchers.containsString("请至少选择一个学段")));
        mvc.perform(post("/schools")
                        .with(csrf())
                        .with(county)
                        .param("code", SchoolFixtures.nextCode())
                        .param("name", "南江镇第三小学")
                        .param("stages", "PRIMARY")
                        .param("ownership", "PUBLIC")
                        .param("townshipCode", SchoolFixtures.TOWNSHIP_A))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/schools/*"));
    }

    @Test
    void aSchoolOutsideTheScopeIsNotFoundOnPagesAndApi() throws Exception {
        SchoolView school = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        RequestPostProcessor stranger = staff.countyStaff(SchoolFixtures.OTHER_COUNTY);

        mvc.perform(get("/schools/" + school.id()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/" + school.id())
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.OTHER_COUNTY, null)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/" + school.id())
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(school.code())));
    }

    @Test
    void onlySchoolEditorsMayOpenSchools() throws Exception {
        RequestPostProcessor reviewer = staff.townshipReviewer(SchoolFixtures.TOWNSHIP_A);

        mvc.perform(get("/schools").with(reviewer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"new-school\""))));
        mvc.perform(get("/schools/new").with(reviewer)).andExpect(status().isForbidden());
    }

    @Test
    void theFormKeepsTheRegisteredPhoneWhenLeftBlankAndDeletesItWhenAsked() throws Exception {
        SchoolView school = schools.open(
                new SchoolInput(
                        SchoolFixtures.nextCode(),
                        "平江县余坪镇中心小学",
                        List.of("小学"),
                        "公办",
                        "430626116",
                        "余坪镇正街1号",
                        "黄老师",
                        "13707301234"),
                SchoolFixtures.county());

        mvc.perform(get("/schools/" + school.id() + "/edit").with(county))
                .andExpect(content().string(Matchers.containsString("已登记 137****1234，不改请留空")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13707301234"))));
        mvc.perform(post("/schools/" + school.id())
                        .with(csrf())
                        .with(county)
                        .params(form(school, "余坪镇新街2号"))
                        .param("contactPhone", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(schools.byId(school.id()).orElseThrow()).satisfies(s -> {
            assertThat(s.address()).isEqualTo("余坪镇新街2号");
            assertThat(s.contactPhoneMasked()).isEqualTo("137****1234");
        });
        mvc.perform(post("/schools/" + school.id())
                        .with(csrf())
                        .with(county)
                        .params(form(schools.byId(school.id()).orElseThrow(), "余坪镇新街2号"))
                        .param("clearContactPhone", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(schools.byId(school.id()).orElseThrow().contactPhoneMasked()).isNull();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(SchoolView school, String address) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("code", school.code());
        form.add("name", school.name());
        form.add("stages", "PRIMARY");
        form.add("ownership", "PUBLIC");
        form.add("townshipCode", school.townshipCode());
        form.add("version", String.valueOf(school.version()));
        form.add("address", address);
        form.add("contactName", school.contactName());
        return form;
    }
}
