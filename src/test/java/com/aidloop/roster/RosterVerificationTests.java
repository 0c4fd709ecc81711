package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.DataScope;
import com.aidloop.roster.verification.DocumentTotals;
import com.aidloop.roster.verification.Finding;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The automatic check passes when the documents agree and catches what it is for: an award
 * changed between the documents (so that the roster, the form and the summary no longer count
 * the same), and an amount above the limit, each reported with its school, programme and row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterVerificationTests {

    private static final Term TERM = new Term(2034, Term.Semester.SPRING);
    private static final Term LIMITS_TERM = new Term(2034, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region(AwardFixtures.COUNTY);
    /** 县级困难学生临时救助 of 800.00, inside the programme's band of 200 to 2,000 yuan. */
    private static final AwardFixtures.Award RELIEF = new AwardFixtures.Award(
            "COUNTY_TEMPORARY_RELIEF",
            "县级困难学生临时救助",
            "标准",
            new BigDecimal("800.00"),
            "钟小满",
            "MALE",
            "430626********1234",
            "五年级",
            "1班",
            "因灾致困",
            "特别困难",
            false,
            "钟大山",
            "137****0000",
            "平江县农村商业银行",
            "***************1111",
            null);
    /** A foundation's grant, a programme the catalogue does not know. */
    private static final AwardFixtures.Award FOUNDATION_GRANT = new AwardFixtures.Award(
            "LOTUS_FOUNDATION",
            "荷花基金会助学金",
            "标准",
            new BigDecimal("300.00"),
            "钟小燕",
            "FEMALE",
            "430626********5678",
            "五年级",
            "1班",
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RosterVerification verification;

    @Autowired
    MockMvc mvc;

    DemoStaff readers;

    @BeforeAll
    void awardTheDemoCounty() {
        AwardFixtures.awardDemoCounty(jdbc, TERM, 6);
        readers = new DemoStaff(mvc);
    }

    @Test
    void passesWhenTheRostersFormsAndSummaryAgree() throws Exception {
        Verification result = verification.verify(TERM, COUNTY);

        assertThat(result.findings()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.comparisons()).isNotEmpty().allMatch(c -> c.agrees());
        assertThat(result.total().amount().yuan())
                .isEqualByComparingTo(jdbc.sql("SELECT sum(amount) FROM award_award WHERE term = :t")
                        .param("t", TERM.code())
                        .query(BigDecimal.class)
                        .single());
        assertThat(mvc.perform(get("/rosters/verification")
                                .param("term", TERM.code())
                                .with(readers.page("county")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"verification-passed\"")
                .contains("通过")
                .doesNotContain("id=\"verification-failed\"");
        assertThat(mvc.perform(get("/api/v1/rosters/verification")
                                .param("term", TERM.code())
                                .with(readers.api("county")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"passed\":true");
    }

    @Test
    void catchesAnAwardChangedAfterTheSummaryWasCounted() {
        long sanshi = AwardFixtures.schoolId(jdbc, AwardFixtures.SANSHI_PRIMARY);
        long tampered = jdbc.sql(
                        "SELECT min(id) FROM award_award WHERE term = :t AND school_id = :s AND programme_code = 'PRIMARY_LIVING_SUBSIDY'")
                .param("t", TERM.code())
                .param("s", sanshi)
                .query(Long.class)
                .single();
        DocumentTotals summary = verification.countedFromSummary(TERM, COUNTY);
        jdbc.sql("UPDATE award_award SET amount = amount + 100 WHERE id = :id")
                .param("id", tampered)
                .update();
        try {
            DocumentTotals forms = verification.countedFromForms(TERM, COUNTY);
            RosterVerification.RosterCount rosters = verification.countedFromRosters(TERM, COUNTY);

            Verification result = verification.verdict(TERM, rosters, forms, summary);

            assertThat(result.passed()).isFalse();
            assertThat(result.findings())
                    .extracting(Finding::rule)
                    .containsExactly(Finding.Rule.OFF_STANDARD, Finding.Rule.DOCUMENTS_DISAGREE);
            assertThat(result.findings().getFirst().facts().get(1))
                    .as("the changed award is also off the catalogue's standard")
                    .endsWith("0.00");
            assertThat(result.findings())
                    .filteredOn(f -> f.rule() == Finding.Rule.DOCUMENTS_DISAGREE)
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.rule()).isEqualTo(Finding.Rule.DOCUMENTS_DISAGREE);
                        assertThat(finding.schoolId()).isEqualTo(sanshi);
                        assertThat(finding.schoolName()).isEqualTo("平江县三市镇中心小学");
                        assertThat(finding.programmeCode()).isEqualTo("PRIMARY_LIVING_SUBSIDY");
                        assertThat(finding.programmeName()).isEqualTo("义务教育家庭经济困难学生生活补助（小学）");
                        BigDecimal roster = new BigDecimal(finding.facts().get(1));
                        BigDecimal form = new BigDecimal(finding.facts().get(3));
                        BigDecimal summed = new BigDecimal(finding.facts().get(5));
                        assertThat(roster).isEqualByComparingTo(form);
                        assertThat(roster.subtract(summed)).isEqualByComparingTo("100");
                    });
        } finally {
            jdbc.sql("UPDATE award_award SET amount = amount - 100 WHERE id = :id")
                    .param("id", tampered)
                    .update();
        }
    }

    @Test
    void reportsEveryAmountTheCatalogueDoesNotAllow() {
        Verification result = verifyAwardsOffTheCatalogue();

        assertThat(result.passed()).isFalse();
        assertThat(result.findings())
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(
                        Finding.Rule.OFF_STANDARD,
                        Finding.Rule.AMOUNT_NOT_POSITIVE,
                        Finding.Rule.OFF_STANDARD,
                        Finding.Rule.PROGRAMME_NOT_IN_CATALOGUE);
    }

    @Test
    void reportsAnAmountOffTheCatalogueWithItsSchoolProgrammeStudentAndRosterRow() throws Exception {
        Verification result = verifyAwardsOffTheCatalogue();

        Finding outOfBand = findingOfAmount(result, "12500.00");
        assertThat(outOfBand.rule()).isEqualTo(Finding.Rule.OFF_STANDARD);
        assertThat(outOfBand.schoolName()).isEqualTo("平江县安定镇中心小学");
        assertThat(outOfBand.programmeName()).isEqualTo("县级困难学生临时救助");
        assertThat(outOfBand.facts().getFirst()).isEqualTo("钟小满");
        assertThat(outOfBand.facts().get(2)).contains("12,500.00").contains("2,000.00");
        assertThat(outOfBand.row()).isEqualTo(rowInTheRoster("COUNTY_TEMPORARY_RELIEF", "12500"));
        Finding mismatch = findingOfAmount(result, "600.00");
        assertThat(mismatch.facts().get(2)).contains("500.00");
        assertThat(mismatch.row()).isEqualTo(rowInTheRoster("PRIMARY_LIVING_SUBSIDY", "600"));
    }

    @Test
    void theVerificationPageSaysWhatIsWrongAndWhere() throws Exception {
        Finding outOfBand = findingOfAmount(verifyAwardsOffTheCatalogue(), "12500.00");

        String page = mvc.perform(get("/rosters/verification")
                        .param("term", LIMITS_TERM.code())
                        .with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"verification-failed\"")
                .contains("学校“平江县安定镇中心小学”的县级困难学生临时救助花名册第" + outOfBand.row() + "行（钟小满）：资助金额12,500.00元超出")
                .contains("资助金额0.00元应大于0")
                .contains("资助项目（代码LOTUS_FOUNDATION）不在本学期的资助项目目录中");
    }

    /**
     * Verifies a term of five awards: a relief inside its band, one above it, one of nothing, a
     * living subsidy off its standard and a grant of a programme the catalogue does not know.
     */
    private Verification verifyAwardsOffTheCatalogue() {
        AwardFixtures.clear(jdbc, LIMITS_TERM);
        AwardFixtures.insert(jdbc, LIMITS_TERM, AwardFixtures.SANSHI_PRIMARY, 0, RELIEF);
        AwardFixtures.insert(jdbc, LIMITS_TERM, AwardFixtures.ANDING_PRIMARY, 0, RELIEF.amount("12500.00"));
        AwardFixtures.insert(jdbc, LIMITS_TERM, AwardFixtures.ANDING_PRIMARY, 1, RELIEF.amount("0.00"));
        AwardFixtures.insert(
                jdbc,
                LIMITS_TERM,
                AwardFixtures.ANDING_PRIMARY,
                2,
                AwardFixtures.Award.ordinary("钟小雨").amount("600.00"));
        AwardFixtures.insert(jdbc, LIMITS_TERM, AwardFixtures.ANDING_PRIMARY, 3, FOUNDATION_GRANT);
        return verification.verify(LIMITS_TERM, COUNTY);
    }

    private static Finding findingOfAmount(Verification result, String amount) {
        return result.findings().stream()
                .filter(f -> f.facts().get(1).equals(amount))
                .findFirst()
                .orElseThrow();
    }

    /** The 序号 of the row with this amount in the programme's roster, as the county prints it. */
    private int rowInTheRoster(String programme, String amount) throws Exception {
        byte[] xlsx = mvc.perform(get("/rosters/per-programme.xlsx")
                        .param("term", LIMITS_TERM.code())
                        .param("programme", programme)
                        .with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean dataRow =
                        row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC;
                if (dataRow
                        && new BigDecimal(amount)
                                        .compareTo(BigDecimal.valueOf(
                                                row.getCell(10).getNumericCellValue()))
                                == 0) {
                    return (int) row.getCell(0).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no row of " + amount);
    }
}
