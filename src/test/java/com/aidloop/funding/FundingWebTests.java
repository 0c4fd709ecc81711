package com.aidloop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.ProgressFixtures;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding register and report as the county, its school and a township reviewer use them,
 * over a term of its own: three confirmed living-subsidy awards of 三市镇中心小学 (1,250 yuan, one of
 * 500 paid) and a preschool award of 安定镇中心小学 (500 yuan). Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FundingWebTests {

    private static final Term TERM = new Term(2053, Term.Semester.SPRING);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    DemoStaff staff;

    @BeforeEach
    void partlyPaid() {
        staff = new DemoStaff(mvc);
        ProgressFixtures.partlyPaid(jdbc, TERM);
    }

    private long allocate(String source, String amount, LocalDate receivedOn) throws Exception {
        String body = """
                {"programme":"PRIMARY_LIVING_SUBSIDY","term":"%s","source":"%s","amount":"%s",
                 "documentNo":"湘财教指〔2053〕8号","receivedOn":"%s"}
                """.formatted(TERM.code(), source, amount, receivedOn);
        String created = mvc.perform(post("/api/v1/fund-allocations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(staff.api("county")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void theCountySeesAllocatedConfirmedPaidAndIdleMoneyBySource() throws Exception {
        allocate("CENTRAL", "1000.00", LocalDate.now().minusDays(200));
        allocate("COUNTY", "300.00", LocalDate.now().minusDays(10));

        mvc.perform(get("/api/v1/funding-sources").param("term", TERM.code()).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("COUNTY"))
                // 1,250 confirmed at 50/25/0/25: 625 central; 500 paid: 250 central
                .andExpect(jsonPath(
                                "$.rows[?(@.programmeCode=='PRIMARY_LIVING_SUBSIDY' && @.source=='CENTRAL')].allocated")
                        .value("1000.00"))
                .andExpect(jsonPath(
                                "$.rows[?(@.programmeCode=='PRIMARY_LIVING_SUBSIDY' && @.source=='CENTRAL')].confirmed")
                        .value("625.00"))
                .andExpect(jsonPath("$.rows[?(@.programmeCode=='PRIMARY_LIVING_SUBSIDY' && @.source=='CENTRAL')].paid")
                        .value("250.00"))
                .andExpect(jsonPath("$.rows[?(@.programmeCode=='PRIMARY_LIVING_SUBSIDY' && @.source=='CENTRAL')].idle")
                        .value("750.00"))
                // the county's own 300 arrived ten days ago: not idle
                .andExpect(jsonPath(
                        "$.rows[?(@.programmeCode=='PRIMARY_LIVING_SUBSIDY' && @.source=='COUNTY')].idle",
                        org.hamcrest.Matchers.contains(nullValue())));
    }

    @Test
    void aSchoolSeesItsOwnLinesWithoutAllocationsAndATownshipReviewerNothing() throws Exception {
        allocate("CENTRAL", "1000.00", LocalDate.now().minusDays(200));

        mvc.perform(get("/api/v1/funding-sources").param("term", TERM.code()).with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("SCHOOL"))
                .andExpect(jsonPath("$.rows[*].unitName", org.hamcrest.Matchers.everyItem(containsString("三市镇"))))
                .andExpect(jsonPath("$.rows[?(@.programmeCode=='PRESCHOOL_AID')]", hasSize(0)))
                .andExpect(jsonPath("$.rows[*].allocated", org.hamcrest.Matchers.everyItem(nullValue())));
        mvc.perform(get("/api/v1/fund-allocations").param("term", TERM.code()).with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(post("/api/v1/fund-allocations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(staff.api("school")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/funding-sources").param("term", TERM.code()).with(staff.api("township")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/funding-sources").param("term", TERM.code()).with(staff.page("township")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegionOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/funding-sources")
                        .param("term", TERM.code())
                        .param("region", "430602")
                        .with(staff.api("county")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongEntryIsRefusedFieldByFieldAndCorrectedByAReversalOnlyOnce() throws Exception {
        mvc.perform(post("/api/v1/fund-allocations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\":\"PRIMARY_LIVING_SUBSIDY\",\"term\":\"%s\",\"source\":\"中央\","
                                        .formatted(TERM.code())
                                + "\"amount\":\"-5\",\"documentNo\":\"\",\"receivedOn\":\"2053-13-01\"}")
                        .with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("文号")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("冲销")));
        long id = allocate("CENTRAL", "1000.00", LocalDate.now().minusDays(1));

        mvc.perform(post("/api/v1/fund-allocations/{id}/reversal", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"金额录入错误\"}")
                        .with(staff.api("county")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("-1000.00"))
                .andExpect(jsonPath("$.reversesId").value(id));
        mvc.perform(post("/api/v1/fund-allocations/{id}/reversal", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"再次冲销\"}")
                        .with(staff.api("county")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/funding-sources").param("term", TERM.code()).with(staff.api("county")))
                .andExpect(jsonPath(
                                "$.rows[?(@.source=='CENTRAL' && @.programmeCode=='PRIMARY_LIVING_SUBSIDY')].allocated")
                        .value("0.00"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'fund_allocation' AND object_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
