package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.roster.documents.NoticeEntry;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A public notice (公示花名册) shows a student's name, school, grade, class, programme and tier
 * and nothing else: an award filled in every field with values found nowhere else leaves none of
 * them in the notice page or workbook; a special-channel student is left out entirely.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicNoticePrivacyTests {

    private static final Term TERM = new Term(2033, Term.Semester.AUTUMN);
    private static final String SPECIAL = "通道生韩晓雪";

    /** Every field of the award except those a notice shows, each a value that appears nowhere else. */
    private static final AwardFixtures.Award FILLED = new AwardFixtures.Award(
            "PRIMARY_LIVING_SUBSIDY",
            "义务教育家庭经济困难学生生活补助",
            "寄宿生",
            new BigDecimal("987.65"),
            "公示生欧阳青",
            "FEMALE",
            "430626********5813",
            "四年级",
            "3班",
            "低保家庭（甲类）",
            "特别困难Ａ级",
            false,
            "监护人钟毓秀",
            "139****8642",
            "平江农商行芙蓉支行",
            "***************9753",
            "家中遭受洪灾房屋倒塌");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    DemoStaff readers;
    List<String> forbidden;

    @BeforeAll
    void awardAFullyFilledRecordAndASpecialChannelStudent() {
        AwardFixtures.clear(jdbc, TERM);
        long filled = AwardFixtures.insert(jdbc, TERM, AwardFixtures.SANSHI_PRIMARY, 0, FILLED);
        AwardFixtures.insert(
                jdbc,
                TERM,
                AwardFixtures.SANSHI_PRIMARY,
                1,
                AwardFixtures.Award.ordinary(SPECIAL).throughSpecialChannel());
        AwardFixtures.insert(jdbc, TERM, AwardFixtures.SANSHI_PRIMARY, 2, AwardFixtures.Award.ordinary("公示生刘子涵"));
        String village =
                jdbc.sql("""
                SELECT d.name FROM award_award a JOIN region_division d ON d.code = a.household_village_code WHERE a.id = :id""").param("id", filled).query(String.class).optional().orElse("无此村名");
        String villageCode = jdbc.sql("SELECT coalesce(household_village_code, '无') FROM award_award WHERE id = :id")
                .param("id", filled)
                .query(String.class)
                .single();
        forbidden = List.of(
                FILLED.idNumberMasked(),
                "5813",
                FILLED.phoneMasked(),
                "8642",
                FILLED.cardBank(),
                FILLED.cardNumberMasked(),
                "9753",
                FILLED.difficultyType(),
                FILLED.difficultyLevel(),
                FILLED.guardianName(),
                FILLED.remark(),
                "987.65",
                villageCode,
                village,
                SPECIAL);
        readers = new DemoStaff(mvc);
    }

    @Test
    void theNoticeIsBuiltFromARecordHoldingOnlyTheAllowListedFields() {
        assertThat(Arrays.stream(NoticeEntry.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("name", "school", "grade", "className", "programme", "tier");
        assertThat(NoticeEntry.COLUMNS)
                .extracting(c -> c.header())
                .containsExactly("姓名", "学校", "年级", "班级", "资助项目", "资助档次");
    }

    @Test
    void theNoticePageShowsTheAllowListedFieldsAndNothingElse() throws Exception {
        for (RequestPostProcessor reader : List.of(readers.page("county"), readers.page("school"))) {
            String html = mvc.perform(get("/rosters/public-notice")
                            .param("term", TERM.code())
                            .with(reader))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(html)
                    .contains(FILLED.studentName(), "平江县三市镇中心小学", "四年级", "3班", "义务教育家庭经济困难学生生活补助", "寄宿生", "公示生刘子涵");
            assertThat(html).contains("id=\"withheld\">1<");
            for (String value : forbidden) {
                if (value.length() > 4) {
                    // bare four-digit tails are checked in the workbook only: the page's random CSRF token might hold
                    // one
                    assertThat(html)
                            .as("the notice page must not show %s", value)
                            .doesNotContain(value);
                }
            }
        }
    }

    @Test
    void theNoticeWorkbookHoldsNoneOfTheOtherValuesInAnyCell() throws Exception {
        for (var request : List.of(
                get("/rosters/public-notice.xlsx").param("term", TERM.code()).with(readers.page("county")),
                get("/api/v1/rosters/public-notice.xlsx")
                        .param("term", TERM.code())
                        .with(readers.api("school")))) {
            byte[] xlsx = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            StringBuilder cells = new StringBuilder();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(
                                cell.getCellType() == CellType.NUMERIC
                                        ? String.valueOf(cell.getNumericCellValue())
                                        : cell.toString())
                        .append('\n'))));
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .endsWith(TERM.label() + "学生资助公示花名册");
                assertThat(book.getSheetAt(0).getLastRowNum())
                        .as("title, unit, header, 2 rows, 合计, blank, signatures, date")
                        .isEqualTo(8);
            }
            assertThat(cells).contains(FILLED.studentName(), "平江县三市镇中心小学", "四年级", "3班", "寄宿生", "公示生刘子涵");
            for (String value : forbidden) {
                assertThat(cells.toString())
                        .as("the notice workbook must not hold %s", value)
                        .doesNotContain(value);
            }
            assertThat(cells.toString()).doesNotContain("987.65", "9.8765");
        }
    }

    @Test
    void theStaffReviewRosterStillHoldsThemSoTheNoticeTestCouldFail() throws Exception {
        String html = mvc.perform(
                        get("/rosters/review").param("term", TERM.code()).with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        SPECIAL,
                        FILLED.phoneMasked(),
                        FILLED.difficultyType(),
                        FILLED.guardianName(),
                        FILLED.remark(),
                        "987.65");
    }
}
