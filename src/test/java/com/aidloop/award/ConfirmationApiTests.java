package com.aidloop.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The confirmation API and page: JSON in and out, refusals naming the rule, scope and permission. */
@SpringBootTest
@AutoConfigureMockMvc
class ConfirmationApiTests {

    private static final Term TERM = Term.parse("2034-SPRING");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PayingRulesManagement payingRules;

    DemoStaff staff;

    @BeforeEach
    void demoStaff() {
        staff = new DemoStaff(mvc);
    }

    @Test
    void confirmsByApiAndRefusesWithTheRuleWhenTheQuotaWouldBeExceeded() throws Exception {
        ConfirmationFixtures.clear(jdbc, TERM);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        for (int i = 0; i < 3; i++) {
            ConfirmationFixtures.livingSubsidy(jdbc, TERM, ConfirmationFixtures.SANSHI_PRIMARY, i);
        }
        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", TERM.code(), "2", "", DataScope.region("430626"));

        mvc.perform(get("/api/v1/award-confirmations")
                        .param("term", TERM.code())
                        .with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].imported").value(3))
                .andExpect(jsonPath("$[0].quota").value(2));
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"" + TERM.code() + "\",\"schoolId\":" + school
                                + ",\"programmeCode\":\"PRIMARY_LIVING_SUBSIDY\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("名额")))
                .andExpect(jsonPath("$.breaches[0].rule").value("QUOTA"))
                .andExpect(jsonPath("$.breaches[0].ruleName").value("名额"))
                .andExpect(jsonPath("$.breaches[0].awards[0].idNumber").value(containsString("********")));

        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", TERM.code(), "3", "1500", DataScope.region("430626"));
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"" + TERM.code() + "\",\"schoolId\":" + school + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.awards").value(3))
                .andExpect(jsonPath("$.amount").value("1500.00"))
                .andExpect(jsonPath("$.programmeCodes").value(hasItem("PRIMARY_LIVING_SUBSIDY")));
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"" + TERM.code() + "\",\"schoolId\":" + school + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("没有待确认")));
    }

    @Test
    void answersBadInputInChineseAndRefusesRolesWithoutThePermission() throws Exception {
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"明年\",\"schoolId\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("term"));
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"2034-SPRING\",\"schoolId\":999999999}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"2034-SPRING\",\"schoolId\":1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsQuotaAndBudgetAndConfirms() throws Exception {
        Term term = Term.parse("2034-AUTUMN");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.ANDING_PRIMARY);
        ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.ANDING_PRIMARY, 0);
        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", term.code(), "5", "2500", DataScope.region("430626"));

        mvc.perform(get("/award-confirmations").param("term", term.code()).with(staff.page("county2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平江县安定镇中心小学")))
                .andExpect(content().string(containsString("2,500.00")));
        mvc.perform(post("/award-confirmations")
                        .with(staff.page("county2"))
                        .with(csrf())
                        .param("term", term.code())
                        .param("schoolId", String.valueOf(school))
                        .param("programmeCode", "PRIMARY_LIVING_SUBSIDY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已确认")))
                .andExpect(content().string(containsString("撤销确认")));

        mvc.perform(post("/award-confirmations/revoke")
                        .with(staff.page("county2"))
                        .with(csrf())
                        .param("term", term.code())
                        .param("schoolId", String.valueOf(school))
                        .param("programmeCode", "PRIMARY_LIVING_SUBSIDY")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写撤销确认的原因")));
        mvc.perform(post("/award-confirmations/revoke")
                        .with(staff.page("county2"))
                        .with(csrf())
                        .param("term", term.code())
                        .param("schoolId", String.valueOf(school))
                        .param("programmeCode", "PRIMARY_LIVING_SUBSIDY")
                        .param("reason", "学生信息有误，需重新导入"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("已撤销" + term.label() + " 平江县安定镇中心小学 义务教育家庭经济困难学生生活补助的确认：1人")))
                .andExpect(content().string(containsString("确认（1人）")));
    }

    @Test
    void revokesByApiWithAReasonAndRefusesWhenNothingIsConfirmed() throws Exception {
        Term term = Term.parse("2043-SPRING");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, 0);
        ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, 1);
        String body = "{\"term\":\"" + term.code() + "\",\"schoolId\":" + school;
        mvc.perform(post("/api/v1/award-confirmations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + "}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/award-confirmations/revocations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/award-confirmations/revocations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + ",\"reason\":\"名单重复\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awards").value(2))
                .andExpect(jsonPath("$.amount").value("1000.00"));
        mvc.perform(post("/api/v1/award-confirmations/revocations")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + ",\"reason\":\"名单重复\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("没有可撤销的确认")));
        mvc.perform(post("/api/v1/award-confirmations/revocations")
                        .with(staff.api("school"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + ",\"reason\":\"名单重复\"}"))
                .andExpect(status().isForbidden());
    }
}
