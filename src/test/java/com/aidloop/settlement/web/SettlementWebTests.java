package com.aidloop.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.LatePayments;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.iam.DataScope;
import com.aidloop.settlement.SettlementSeeds;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The settlement with schools over the API, as each person may do it: the county drafts and
 * records, the school confirms its own transfer only, the township does neither; refusals that
 * matter are in the audit trail. A term of its own (2020 spring), so the demo's is untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementWebTests {

    private static final Term TERM = new Term(2020, Term.Semester.SPRING);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MoneyIntegrity integrity;

    @Autowired
    LatePayments late;

    DemoStaff staff;

    @BeforeEach
    void threeFeeWaiversAtTheFirstHighSchool() {
        staff = new DemoStaff(mvc);
        SettlementSeeds.feeWaivers(jdbc, TERM, 3);
    }

    @Test
    void theCountyDraftsAndRecordsAndOnlyTheSchoolItselfConfirms() throws Exception {
        long id = draftFeeWaivers();

        mvc.perform(post("/api/v1/school-transfers/{id}/receipt", id).with(staff.api("school3")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("尚未登记转账，资金到账后才能确认")));
        mvc.perform(post("/api/v1/school-transfers/{id}/transfer", id)
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transferredOn\":\"2020-04-20\",\"voucherNumber\":\"记-2020-07\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRANSFERRED"));

        mvc.perform(post("/api/v1/school-transfers/{id}/receipt", id).with(staff.api("county")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/school-transfers/{id}/receipt", id).with(staff.api("school")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/school-transfers/{id}/receipt", id).with(staff.api("school3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.confirmedBy").value("school3"));

        assertThat(refusals("school", id)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("action", "REFUSED_OUT_OF_SCOPE"));
        assertThat(jdbc.sql("""
                        SELECT action FROM audit_event WHERE object_type = 'school_transfer' AND object_id = :id
                           AND action NOT LIKE 'REFUSED%' ORDER BY id
                        """)
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE", "APPROVE");

        IntegrityReport.Settlement chain =
                integrity.check(TERM, DataScope.region("430626")).settlement();
        assertThat(chain.awards()).isEqualTo(new PayoutFigure(3, Money.yuan("2400.00")));
        assertThat(chain.transferred()).isEqualTo(chain.awards());
        assertThat(chain.confirmed()).isEqualTo(chain.awards());
        assertThat(chain.gaps()).isEmpty();
    }

    @Test
    void theDemoHomePageShowsAFeeWaiverLateOnlyWhereTheSchoolHasNotConfirmedTheTransfer() {
        List<String> lateWaivers = late.of(DataScope.region("430626")).items().stream()
                .filter(r -> r.programmeCode().equals("SENIOR_HIGH_FEE_WAIVER"))
                .filter(r -> r.term().equals(new Term(2026, Term.Semester.SPRING)))
                .map(r -> r.schoolName())
                .toList();

        assertThat(lateWaivers).contains("平江县第三中学").doesNotContain("平江县第一中学");
    }

    @Test
    void aSchoolSeesOnlyItsOwnTransfersAndNeitherSchoolNorTownshipRecordsOne() throws Exception {
        long school = SettlementSeeds.schoolId(jdbc, SettlementSeeds.FIRST_HIGH_SCHOOL);
        String list = mvc.perform(get("/api/v1/school-transfers")
                        .param("term", "2026-SPRING")
                        .with(staff.api("school3")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> schools = JsonPath.read(list, "$[*].schoolId");
        assertThat(schools).isNotEmpty().allSatisfy(s -> assertThat(s.longValue())
                .isEqualTo(school));
        long other = jdbc.sql("""
                        SELECT id FROM settlement_transfer WHERE term = '2026-SPRING' AND school_id <> :school ORDER BY id LIMIT 1
                        """).param("school", school).query(Long.class).single();

        mvc.perform(get("/api/v1/school-transfers/{id}", other).with(staff.api("school3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/school-transfers/{id}/form.xlsx", other).with(staff.page("school3")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/school-transfers/{id}/transfer", other)
                        .with(staff.api("school3"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transferredOn\":\"2026-04-20\",\"voucherNumber\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/school-transfers").with(staff.api("township"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/school-transfers/{id}/transfer", other)
                        .with(staff.api("township"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transferredOn\":\"2026-04-20\",\"voucherNumber\":\"x\"}"))
                .andExpect(status().isForbidden());

        assertThat(refusals("school3", other)).extracting(r -> r.get("action")).contains("REFUSED_OUT_OF_SCOPE");
        assertThat(jdbc.sql("""
                        SELECT summary FROM audit_event WHERE actor = 'township' AND action = 'REFUSED_FORBIDDEN'
                           AND summary LIKE '%/api/v1/school-transfers/' || :id || '/transfer%'
                        """)
                        .param("id", String.valueOf(other))
                        .query(String.class)
                        .list())
                .isNotEmpty();
    }

    @Test
    void aCardBatchOfAFeeWaiverIsRefusedWithTheReasonInChinese() throws Exception {
        mvc.perform(post("/api/v1/payout-batches")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"2020-SPRING\",\"townshipCode\":\"430626001\","
                                + "\"programmeCode\":\"SENIOR_HIGH_FEE_WAIVER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("免学杂费在2020年春季学期按“拨付学校”发放：资金拨付到学校")));
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_batch WHERE term = '2020-SPRING'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theTransferFormIsAnOfficialWorkbookWithTheWholeAccountAndTheSignatureLine() throws Exception {
        long transfer = jdbc.sql("""
                        SELECT t.id FROM settlement_transfer t WHERE t.term = '2026-SPRING' AND t.school_code = '2143062601'
                        """).query(Long.class).single();
        byte[] xlsx = mvc.perform(
                        get("/school-transfers/{id}/form.xlsx", transfer).with(staff.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("平江县2026年春季学期免学杂费（普通高中）资金拨付单（BF");
            Row row = sheet.getRow(3);
            assertThat(text.formatCellValue(row.getCell(1))).isEqualTo("平江县第一中学");
            assertThat(text.formatCellValue(row.getCell(10))).isEqualTo("185403010400062601");
            assertThat(text.formatCellValue(sheet.getRow(4).getCell(0))).isEqualTo("合计");
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(0))).contains("经办人", "审核人", "负责人");
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE object_type = 'school_transfer' AND object_id = :id
                           AND action = 'EXPORT' AND actor = 'county'
                        """)
                        .param("id", String.valueOf(transfer))
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    /** The county drafts the 资金拨付单 of the three fee waivers: 3 students, 2,400.00 yuan, masked account. */
    private long draftFeeWaivers() throws Exception {
        long school = SettlementSeeds.schoolId(jdbc, SettlementSeeds.FIRST_HIGH_SCHOOL);
        String made = mvc.perform(post("/api/v1/school-transfers")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"2020-SPRING\",\"schoolId\":" + school
                                + ",\"programme\":\"SENIOR_HIGH_FEE_WAIVER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.students").value(3))
                .andExpect(jsonPath("$.amount").value("2400.00"))
                .andExpect(jsonPath("$.standard").value("800.00"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.accountNumber").value(org.hamcrest.Matchers.startsWith("*")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(made, "$.id")).longValue();
        return id;
    }

    private List<Map<String, Object>> refusals(String actor, long transfer) {
        return jdbc.sql("""
                        SELECT action, object_type, object_id, summary FROM audit_event
                         WHERE actor = :actor AND action LIKE 'REFUSED%' AND object_type = 'school_transfer' AND object_id = :id
                        """)
                .param("actor", actor)
                .param("id", String.valueOf(transfer))
                .query()
                .listOfRows();
    }
}
