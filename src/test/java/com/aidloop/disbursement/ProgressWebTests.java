package com.aidloop.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress, integrity and deadline pages and API as the county, a school, a township reviewer
 * and province staff use them, over a past spring term (deadline 31 May 2005, long passed). Each
 * test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProgressWebTests {

    private static final Term TERM = new Term(2005, Term.Semester.SPRING);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PaymentDeadlines deadlines;

    DemoStaff staff;

    @BeforeEach
    void demoStaff() {
        staff = new DemoStaff(mvc);
    }

    ProgressFixtures.Scenario scenario;
    long sanshi;

    @BeforeEach
    void partlyPayTheTerm() {
        scenario = ProgressFixtures.partlyPaid(jdbc, TERM);
        sanshi = ProgressFixtures.schoolId(jdbc, ProgressFixtures.SANSHI_PRIMARY);
    }

    @Test
    void theCountySeesEverySchoolAndProgrammeWithItsLateFlagAndTotals() throws Exception {
        String page = mvc.perform(
                        get("/payout-progress").param("term", TERM.code()).with(staff.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "平江县2005年春季学期学生资助资金发放进度表",
                        "平江县三市镇中心小学",
                        "平江县安定镇中心小学",
                        "late-flag",
                        "共 <strong>2</strong> 条",
                        "1,750.00");
    }

    @Test
    void theApiGivesPlannedInBatchPaidFailedOutstandingAndDaysLate() throws Exception {
        long daysLate = java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.of(2005, 5, 31), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/api/v1/payout-progress").param("term", "2005年春季学期").with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.term").value("2005-SPRING"))
                .andExpect(jsonPath("$.planned.count").value(4))
                .andExpect(jsonPath("$.planned.amount").value("1750.00"))
                .andExpect(jsonPath("$.paid.amount").value("500.00"))
                .andExpect(jsonPath("$.outstanding.amount").value("1250.00"))
                .andExpect(jsonPath("$.lateCount").value(2))
                .andExpect(jsonPath("$.rows[?(@.schoolId == " + sanshi + ")].inBatch.count")
                        .value(3))
                .andExpect(jsonPath("$.rows[?(@.schoolId == " + sanshi + ")].failed.amount")
                        .value("250.00"))
                .andExpect(jsonPath("$.rows[?(@.schoolId == " + sanshi + ")].outstanding.count")
                        .value(2))
                .andExpect(jsonPath("$.rows[?(@.schoolId == " + sanshi + ")].deadline")
                        .value("2005-05-31"))
                .andExpect(
                        jsonPath("$.rows[?(@.schoolId == " + sanshi + ")].late").value(true))
                .andExpect(jsonPath("$.rows[0].daysLate").value((int) daysLate));
    }

    @Test
    void aSchoolSeesItsOwnRowOnly() throws Exception {
        mvc.perform(get("/api/v1/payout-progress").param("term", TERM.code()).with(staff.api("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].schoolId").value(sanshi))
                .andExpect(jsonPath("$.planned.amount").value("1250.00"));
    }

    @Test
    void theWorkbookIsTheOfficialTableWithTextCellsAndTotals() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/payout-progress.xlsx").param("term", TERM.code()).with(staff.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平江县2005年春季学期学生资助资金发放进度表");
            Row header = sheet.getRow(2);
            Row total = sheet.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("计划金额（元）");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1750.00);
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("已发放金额（元）");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(500.00);
            assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(1250.00);
            assertThat(sheet.getRow(3).getCell(13).getStringCellValue()).isEqualTo("2005-05-31");
            assertThat(sheet.getRow(3).getCell(15).getStringCellValue()).isEqualTo("逾期");
        }
    }

    @Test
    void theIntegrityApiNamesAPlantedBreakWithItsBatchAndPayment() throws Exception {
        String payment = ProgressFixtures.payTooMuch(jdbc, TERM);

        mvc.perform(get("/api/v1/payout-integrity").param("term", TERM.code()).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balanced").value(false))
                .andExpect(jsonPath("$.levels[0].figure.amount").value("2250.00"))
                .andExpect(jsonPath("$.gaps.notInBatch.count").value(1))
                .andExpect(jsonPath("$.breaks.length()").value(1))
                .andExpect(jsonPath("$.breaks[0].kind").value("AMOUNT_DIFFERS"))
                .andExpect(jsonPath("$.breaks[0].paymentReference").value(payment))
                .andExpect(jsonPath("$.breaks[0].message").value(containsString(payment)))
                .andExpect(jsonPath("$.breaks[0].message").value(containsString("520.00")));
        mvc.perform(get("/payout-integrity").param("term", TERM.code()).with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(payment)))
                .andExpect(content().string(containsString("发现断点")));
    }

    @Test
    void refusesOutsideTheScopeABadTermAndRolesWithoutPayouts() throws Exception {
        mvc.perform(get("/api/v1/payout-progress")
                        .param("term", TERM.code())
                        .param("region", "430624")
                        .with(staff.api("county")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("区划不存在，或不在您的数据范围内"));
        mvc.perform(get("/payout-integrity").param("term", "明年").with(staff.page("county")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/payout-progress").param("term", TERM.code()).with(staff.page("township")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payout-integrity").param("term", TERM.code()).with(staff.api("township")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payout-progress")
                        .param("term", TERM.code())
                        .param("region", "430626102")
                        .with(staff.api("county")))
                .andExpect(status().isOk());
    }

    @Test
    void provinceStaffSetTheAutumnDeadlineAndCountyStaffOnlyReadIt() throws Exception {
        RequestPostProcessor county = staff.page("county");
        mvc.perform(get("/payout-deadlines").with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("县级及以下只能查看")));
        mvc.perform(post("/payout-deadlines")
                        .with(csrf())
                        .with(county)
                        .param("validFrom", "2005-AUTUMN")
                        .param("month", "11")
                        .param("day", "30"))
                .andExpect(status().isForbidden());

        String province = TestAccounts.create(accounts, Role.PROVINCE_STAFF);
        MockHttpSession session = TestAccounts.login(mvc, province, TestAccounts.PASSWORD);
        mvc.perform(post("/payout-deadlines")
                        .with(csrf())
                        .session(session)
                        .param("validFrom", "2005-AUTUMN")
                        .param("programme", ProgressFixtures.PRESCHOOL_AID)
                        .param("month", "1")
                        .param("day", "15")
                        .param("followingYear", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(deadlines.deadlineFor(
                        ProgressFixtures.PRESCHOOL_AID, new Term(2005, Term.Semester.AUTUMN), "430626"))
                .isEqualTo(LocalDate.of(2006, 1, 15));
        assertThat(deadlines.deadlineFor(
                        ProgressFixtures.LIVING_SUBSIDY, new Term(2005, Term.Semester.AUTUMN), "430626"))
                .isEqualTo(LocalDate.of(2005, 12, 31));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'payment_deadline' AND actor = :a")
                        .param("a", province)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/payout-deadlines").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("次年1月15日")));
    }
}
