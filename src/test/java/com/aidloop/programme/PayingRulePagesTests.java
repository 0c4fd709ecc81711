package com.aidloop.programme;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The paying-rule pages and API with the demo accounts: reading, editing with PROGRAMME_EDIT, errors in Chinese. */
@SpringBootTest
class PayingRulePagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    DemoStaff staff;

    @BeforeEach
    void demoStaff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @Test
    void showsAndEditsTheSharesAndScheduleOfAProgramme() throws Exception {
        mvc.perform(get("/programmes/VOCATIONAL_NATIONAL_GRANT/paying-rules")
                        .param("term", "2026-AUTUMN")
                        .with(staff.page("township")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("中央60%，省级20%，县级20%")))
                .andExpect(content().string(containsString("每学期一次")));
        String code = TestProgrammes.nextCode();
        programmes.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        mvc.perform(post("/programmes/" + code + "/funding-shares")
                        .with(staff.page("county"))
                        .with(csrf())
                        .param("validFrom", "2026-AUTUMN")
                        .param("county", "70")
                        .param("school", "20"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasValue(containsString("现为90%"))));
        mvc.perform(post("/programmes/" + code + "/payout-schedules")
                        .with(staff.page("county"))
                        .with(csrf())
                        .param("validFrom", "2026-AUTUMN")
                        .param("mode", "MONTHLY")
                        .param("months", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/" + code + "/paying-rules")
                        .param("term", "2026-AUTUMN")
                        .with(staff.page("county")))
                .andExpect(content().string(containsString("按月发放（每学期5个月）")));
        mvc.perform(post("/programmes/" + code + "/funding-shares")
                        .with(staff.page("township"))
                        .with(csrf())
                        .param("validFrom", "2026-AUTUMN")
                        .param("county", "100"))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheChannelAndTheCountyChangesItFromATerm() throws Exception {
        mvc.perform(get("/programmes/RURAL_NUTRITION/paying-rules")
                        .param("term", "2026-SPRING")
                        .with(staff.page("school")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("实物/膳食，县与学校结算")));
        String code = TestProgrammes.nextCode();
        programmes.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        mvc.perform(post("/programmes/" + code + "/payment-channels")
                        .with(staff.page("county"))
                        .with(csrf())
                        .param("validFrom", "2026-AUTUMN")
                        .param("channel", "SCHOOL")
                        .param("note", "学校免收"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已保存发放渠道：自2026年秋季学期起拨付学校"));
        mvc.perform(get("/programmes/" + code + "/paying-rules")
                        .param("term", "2026-AUTUMN")
                        .with(staff.page("county")))
                .andExpect(content().string(containsString("拨付学校（学校免收费用）")))
                .andExpect(content().string(containsString("学校免收")));
        mvc.perform(post("/programmes/" + code + "/payment-channels")
                        .with(staff.page("township"))
                        .with(csrf())
                        .param("validFrom", "2026-AUTUMN")
                        .param("channel", "CARD"))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsExclusiveProgrammesAndQuotasOfTheSchoolsInScope() throws Exception {
        mvc.perform(get("/programmes/exclusions").with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国家奖学金与国家励志奖学金")));
        long school = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062612'")
                .query(Long.class)
                .single();
        mvc.perform(post("/programmes/quotas")
                        .with(staff.page("county"))
                        .with(csrf())
                        .param("schoolId", String.valueOf(school))
                        .param("programme", "RURAL_NUTRITION")
                        .param("term", "2036-AUTUMN")
                        .param("quota", "40")
                        .param("budget", "20000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/quotas")
                        .param("term", "2036-AUTUMN")
                        .param("programme", "RURAL_NUTRITION")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平江县安定镇中心小学")))
                .andExpect(content().string(containsString("20000.00")));
        String code = TestProgrammes.nextCode();
        programmes.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        mvc.perform(post("/api/v1/programmes/" + code + "/funding-shares")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"2036-AUTUMN\",\"central\":\"50\",\"county\":\"40\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("合计应为100%")));
        mvc.perform(post("/api/v1/programmes/RURAL_NUTRITION/funding-shares")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"2036-AUTUMN\",\"central\":\"60\",\"county\":\"40\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("由省级资助中心维护")));
        mvc.perform(get("/api/v1/programmes/HIGHER_NATIONAL_SCHOLARSHIP/paying-rules")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shares.central").value(100.0))
                .andExpect(jsonPath("$.exclusiveWith[0]").value("HIGHER_ENCOURAGEMENT_SCHOLARSHIP"));
    }
}
