package com.aidloop.programme;

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

import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class ProgrammePagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CatalogueChanges changes;

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
    void listsTheProgrammesOfAStageWithTheStandardsOfTheChosenTerm() throws Exception {
        mvc.perform(get("/programmes")
                        .param("stage", "SENIOR_HIGH")
                        .param("term", "2025-SPRING")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-programme=\"SENIOR_HIGH_NATIONAL_GRANT\"")))
                .andExpect(content().string(containsString("一档 1,750.00；二档 1,150.00；三档 600.00")))
                .andExpect(content().string(not(containsString("data-programme=\"RURAL_NUTRITION\""))))
                .andExpect(content().string(containsString("id=\"new-programme\"")));
        mvc.perform(get("/programmes")
                        .param("q", "普高国家")
                        .param("term", "2024-AUTUMN")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一档 1,500.00；二档 1,000.00；三档 500.00")))
                .andExpect(content().string(containsString("共 <strong>1</strong> 条")));
        mvc.perform(get("/programmes")
                        .param("stage", "HIGHER")
                        .param("term", "2026-SPRING")
                        .with(staff.page("county")))
                .andExpect(content().string(containsString("本学期不发放")));
    }

    @Test
    void theDetailShowsTheStandardsOfATermAndTheWholeHistory() throws Exception {
        mvc.perform(get("/programmes/SENIOR_HIGH_NATIONAL_GRANT")
                        .param("term", "2024-AUTUMN")
                        .with(staff.page("school")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国家助学金（普通高中）")))
                .andExpect(content().string(containsString("2024年秋季学期执行的标准")))
                .andExpect(content().string(containsString("1,500.00")))
                .andExpect(content().string(containsString("1,750.00")))
                .andExpect(content().string(containsString("普高国家助学金")))
                .andExpect(content().string(not(containsString("id=\"new-standard\""))));
        mvc.perform(get("/programmes/SENIOR_HIGH_NATIONAL_GRANT")
                        .param("asOf", "2001-01-01")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"not-yet\"")));
        mvc.perform(get("/programmes/NO_SUCH_PROGRAMME").with(staff.page("county")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("资助项目不存在")));
    }

    @Test
    void countyStaffAddAProgrammeAndItsStandardsThroughTheForms() throws Exception {
        String code = TestProgrammes.nextCode();
        mvc.perform(post("/programmes")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("code", code)
                        .param("name", "测试助学金" + code.substring(5))
                        .param("stages", "PRIMARY")
                        .param("semesters", "BOTH")
                        .param("kind", "LOCAL_AID")
                        .param("fundingLevel", "LOCAL")
                        .param("firstTerm", "2026-SPRING"))
                .andExpect(redirectedUrl("/programmes/" + code));
        mvc.perform(post("/programmes/" + code + "/standards")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("tier", "标准")
                        .param("validFrom", "2026-AUTUMN")
                        .param("amount", "600")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/programmes/" + code + "?term=2026-AUTUMN"));
        long change =
                changes.pending(CatalogueStaff.COUNTY.scope(), code).getFirst().id();
        mvc.perform(get("/programmes/" + code).param("term", "2026-AUTUMN").with(staff.page("county")))
                .andExpect(content().string(containsString("id=\"pending-changes\"")))
                .andExpect(content().string(containsString("id=\"withdraw-" + change + "\"")))
                .andExpect(content().string(not(containsString("id=\"approve-" + change + "\""))))
                .andExpect(content().string(containsString("id=\"not-paying\"")));
        mvc.perform(get("/programmes/" + code).with(staff.page("county2")))
                .andExpect(content().string(containsString("id=\"approve-" + change + "\"")));
        mvc.perform(post("/programmes/changes/" + change + "/approve")
                        .with(csrf())
                        .with(staff.page("county2"))
                        .param("back", "/programmes/" + code))
                .andExpect(redirectedUrl("/programmes/" + code));
        mvc.perform(get("/programmes/" + code).param("term", "2026-AUTUMN").with(staff.page("county")))
                .andExpect(content().string(containsString("600.00")))
                .andExpect(content().string(containsString("王建国")))
                .andExpect(content().string(not(containsString("id=\"pending-changes\""))))
                .andExpect(content().string(containsString("id=\"new-standard\"")));
    }

    @Test
    void formsShowChineseMessagesUnderTheFields() throws Exception {
        mvc.perform(post("/programmes")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("name", "")
                        .param("firstTerm", "2026-SPRING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("项目名称不能为空，请填写")))
                .andExpect(content().string(containsString("请至少选择一个适用学段")))
                .andExpect(content().string(containsString("请选择项目类别")));
        String code = TestProgrammes.nextCode();
        mvc.perform(post("/programmes")
                .with(csrf())
                .with(staff.page("county"))
                .param("code", code)
                .param("name", "测试助学金" + code.substring(5))
                .param("stages", "PRIMARY")
                .param("semesters", "BOTH")
                .param("kind", "LOCAL_AID")
                .param("fundingLevel", "LOCAL")
                .param("firstTerm", "2026-SPRING"));
        mvc.perform(post("/programmes/" + code + "/standards")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("tier", "标准")
                        .param("validFrom", "2026-AUTUMN")
                        .param("amount", "600")
                        .param("minimum", "100")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("固定金额和金额范围只能填写一种，请删除其中一种")));
    }

    @Test
    void aStaleFormIsRefusedWithAConflictMessage() throws Exception {
        String code = TestProgrammes.nextCode();
        mvc.perform(post("/programmes")
                .with(csrf())
                .with(staff.page("county"))
                .param("code", code)
                .param("name", "测试助学金" + code.substring(5))
                .param("stages", "PRIMARY")
                .param("semesters", "BOTH")
                .param("kind", "LOCAL_AID")
                .param("fundingLevel", "LOCAL")
                .param("firstTerm", "2026-SPRING"));
        mvc.perform(post("/programmes/" + code + "/standards")
                .with(csrf())
                .with(staff.page("county"))
                .param("tier", "标准")
                .param("validFrom", "2026-AUTUMN")
                .param("amount", "600")
                .param("version", "0"));
        mvc.perform(post("/programmes/changes/"
                        + changes.pending(CatalogueStaff.COUNTY.scope(), code)
                                .getFirst()
                                .id() + "/approve")
                .with(csrf())
                .with(staff.page("county2")));

        mvc.perform(post("/programmes/" + code + "/standards")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("tier", "标准")
                        .param("validFrom", "2026-AUTUMN")
                        .param("amount", "650")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该资助项目已被他人修改")));
        mvc.perform(post("/programmes/" + code + "/deactivate")
                        .with(csrf())
                        .with(staff.page("county"))
                        .param("from", "2027-SPRING")
                        .param("version", "1"))
                .andExpect(redirectedUrl("/programmes/" + code));
        mvc.perform(get("/programmes/" + code).with(staff.page("county")))
                .andExpect(content().string(containsString("id=\"inactive\"")))
                .andExpect(content().string(containsString("至2026年秋季学期止")));
    }

    @Test
    void schoolStaffReadButDoNotEditAndAdministratorsDoNotRead() throws Exception {
        mvc.perform(get("/programmes").with(staff.page("school")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-programme\""))));
        mvc.perform(get("/programmes/new").with(staff.page("school"))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/RURAL_NUTRITION/standards/new").with(staff.page("school")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/RURAL_NUTRITION/standards")
                        .with(csrf())
                        .with(staff.page("school"))
                        .param("tier", "标准")
                        .param("validFrom", "2026-AUTUMN")
                        .param("amount", "600")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes").with(staff.page("village"))).andExpect(status().isOk());
        mvc.perform(get("/programmes").with(staff.page("sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes").with(staff.page("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theMenuOffersTheCatalogueToBusinessRolesOnly() throws Exception {
        mvc.perform(get("/").with(staff.page("township")))
                .andExpect(content().string(containsString("href=\"/programmes\"")));
        mvc.perform(get("/").with(staff.page("secadmin")))
                .andExpect(content().string(not(containsString("href=\"/programmes\""))));
    }
}
