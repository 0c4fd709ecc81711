package com.aidloop.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.testing.DemoStaff;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class ProgrammeApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProgrammeManagement management;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    CatalogueApprovals approvals;

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
    void listsTheProgrammesOfAStageWithTheStandardsOfATerm() throws Exception {
        mvc.perform(get("/api/v1/programmes")
                        .param("term", "2026-AUTUMN")
                        .param("stage", "SENIOR_HIGH")
                        .with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.term").value("2026-AUTUMN"))
                .andExpect(jsonPath("$.programmes[*].code").value(hasItem("SENIOR_HIGH_NATIONAL_GRANT")))
                .andExpect(jsonPath("$.programmes[*].code").value(not(hasItem("RURAL_NUTRITION"))))
                .andExpect(jsonPath("$.programmes[?(@.code == 'SENIOR_HIGH_NATIONAL_GRANT')].tiers[0].amount")
                        .value(hasItem("1750.00")));
        mvc.perform(get("/api/v1/programmes")
                        .param("term", "2024年秋季学期")
                        .param("stage", "普通高中")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.programmes[?(@.code == 'SENIOR_HIGH_NATIONAL_GRANT')].tiers[0].amount")
                        .value(hasItem("1500.00")));
    }

    @Test
    void oneProgrammeWithItsHistoryAndTheStandardsOfATerm() throws Exception {
        mvc.perform(get("/api/v1/programmes/RURAL_NUTRITION").with(staff.api("township")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0]").value("PRIMARY"))
                .andExpect(jsonPath("$.history[*].amount").value(hasItem("400.00")))
                .andExpect(jsonPath("$.history[*].amount").value(hasItem("500.00")));
        mvc.perform(get("/api/v1/programmes/RURAL_NUTRITION/standards")
                        .param("term", "2021-SPRING")
                        .with(staff.api("township")))
                .andExpect(jsonPath("$.tiers[0].amount").value("400.00"))
                .andExpect(jsonPath("$.paysThisTerm").value(true));
        mvc.perform(get("/api/v1/programmes/NO_SUCH").with(staff.api("county")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("资助项目不存在"));
        mvc.perform(get("/api/v1/programmes").param("term", "明年").with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("格式不对")));
    }

    @Test
    void reproducesTheStandardsAsTheyStoodBeforeACorrection() throws Exception {
        String code = TestProgrammes.nextCode();
        ProgrammeView opened = management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        CatalogueStaff.TwoPeople twoPeople = new CatalogueStaff.TwoPeople(changes, approvals, catalogue);
        twoPeople.record(code, opened.version(), TestProgrammes.fixed("二档", "2026-AUTUMN", "800"));
        Instant between = catalogue.now();
        twoPeople.record(code, opened.version() + 1, TestProgrammes.fixed("二档", "2026-AUTUMN", "820"));

        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("term", "2026-AUTUMN")
                        .param("recordedAt", between.toString())
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.tiers[0].amount").value("800.00"));
        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.tiers[0].amount").value("820.00"))
                .andExpect(jsonPath("$.tiers[0].tierLabel").value("二档"));
        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("recordedAt", "2001-01-01")
                        .with(staff.api("county")))
                .andExpect(status().isNotFound());
    }

    @Test
    void checksARowAsAnImportWould() throws Exception {
        mvc.perform(get("/api/v1/programmes/check")
                        .param("programme", "中职国家助学金")
                        .param("tier", "一档")
                        .param("amount", "1750")
                        .param("stage", "SENIOR_HIGH")
                        .param("term", "2025-SPRING")
                        .with(staff.api("school")))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.rule").value("NOT_FOR_STAGE"))
                .andExpect(jsonPath("$.column").value("PROGRAMME"))
                .andExpect(jsonPath("$.message").value(containsString("不适用于普通高中学生")));
        mvc.perform(get("/api/v1/programmes/check")
                        .param("programme", "普高国家助学金")
                        .param("tier", "第一档")
                        .param("amount", "1,750.00")
                        .param("stage", "普通高中")
                        .param("term", "2025-SPRING")
                        .with(staff.api("school")))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.catalogueAmount").value("1750.00"));
    }

    @Test
    void countyStaffProposeAStandardAndASecondPersonApprovesIt() throws Exception {
        String code = TestProgrammes.nextCode();
        management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        String body = "{\"tier\":\"一档\",\"validFrom\":\"2026-AUTUMN\",\"amount\":\"700\",\"version\":0}";

        mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(staff.api("school")))
                .andExpect(status().isForbidden());
        String proposed = mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(staff.api("county")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.kind").value("STANDARD"))
                .andExpect(jsonPath("$.owner").value("430626"))
                .andExpect(jsonPath("$.summary").value(containsString("一档 700.00")))
                .andExpect(jsonPath("$.proposedBy").value("county"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get("/api/v1/programmes/" + code + "/standards")
                        .param("term", "2026-AUTUMN")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.paysThisTerm").value(false));

        mvc.perform(post(proposed + "/approval").with(staff.api("county")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不能审核自己提交的变更")));
        mvc.perform(post(proposed + "/approval").with(staff.api("county2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("county2"));
        mvc.perform(get("/api/v1/programmes/" + code).with(staff.api("county")))
                .andExpect(jsonPath("$.history[0].amount").value("700.00"))
                .andExpect(jsonPath("$.history[0].recordedBy").value("county"))
                .andExpect(jsonPath("$.history[0].approvedBy").value("county2"));
        mvc.perform(post(proposed + "/approval").with(staff.api("county2"))).andExpect(status().isConflict());
    }

    @Test
    void aStaleVersionOrABadAmountIsRefused() throws Exception {
        String code = TestProgrammes.nextCode();
        management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        String body = "{\"tier\":\"一档\",\"validFrom\":\"2026-AUTUMN\",\"amount\":\"700\",\"version\":0}";
        String proposed = mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(staff.api("county")))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(post(proposed + "/approval").with(staff.api("county2"))).andExpect(status().isOk());

        mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(staff.api("county")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/programmes/" + code + "/standards")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"一档\",\"validFrom\":\"2026-AUTUMN\",\"amount\":\"-5\",\"version\":1}")
                        .with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void administratorsAndStrangersDoNotRead() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(staff.api("sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes").with(staff.api("secadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/programmes").with(staff.api("village"))).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionCarriesTheCatalogue() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/programmes/{code}/standards")))
                .andExpect(content().string(containsString("查询某学期的资助项目及标准")));
    }
}
