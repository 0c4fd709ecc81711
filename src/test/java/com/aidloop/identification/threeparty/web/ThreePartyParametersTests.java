package com.aidloop.identification.threeparty.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The three-party pages and API take their steps, levels, verdicts, visit methods and return
 * targets as the enums they are: Spring converts them, a blank choice means none, and a value
 * that is none of them is a bad request (400), never a server error.
 */
@SpringBootTest
class ThreePartyParametersTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    DemoStaff staff;

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @Test
    void theQueuePageConvertsStepAndLevelAndRefusesOtherValues() throws Exception {
        mvc.perform(get("/identification/three-party")
                        .param("step", "COUNTY")
                        .param("level", "FAIRLY")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", ReviewStep.COUNTY))
                .andExpect(model().attribute("level", DifficultyLevel.FAIRLY));
        mvc.perform(get("/identification/three-party")
                        .param("step", "")
                        .param("level", "")
                        .with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", ReviewStep.COUNTY));
        mvc.perform(get("/identification/three-party").param("step", "BOGUS").with(staff.page("county")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/identification/three-party").param("level", "VERY").with(staff.page("county")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePagesFormsRefuseAVerdictVisitOrTargetThatIsNone() throws Exception {
        mvc.perform(post("/identification/three-party/1/village")
                        .param("verdict", "MAYBE")
                        .with(csrf())
                        .with(staff.page("village")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/identification/three-party/1/village")
                        .param("verdict", "TRUE")
                        .param("visitMethod", "TELEPATHY")
                        .with(csrf())
                        .with(staff.page("village")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/identification/three-party/1/return")
                        .param("target", "NOWHERE")
                        .param("reason", "测试")
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiRefusesAStepLevelOrVisitMethodThatIsNone() throws Exception {
        mvc.perform(get("/api/v1/identification/three-party")
                        .param("step", "BOGUS")
                        .with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.typeMismatch"));
        mvc.perform(get("/api/v1/identification/three-party")
                        .param("level", "VERY")
                        .with(staff.api("county")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/identification/three-party/1/village")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"TRUE\",\"visit\":{\"method\":\"TELEPATHY\",\"date\":\"2026-12-01\"}}")
                        .with(staff.api("village")))
                .andExpect(status().isBadRequest());
    }
}
