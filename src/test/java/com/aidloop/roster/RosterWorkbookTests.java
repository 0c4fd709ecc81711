package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each document's workbook read back with POI: the official layout (merged title, 填报单位 and
 * 单位：元, header repeated on every printed page, 序号, 合计 equal to the sum of the awards,
 * signature lines, A4), masked IDs and cards as text cells, and text that looks like a formula
 * written as text.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterWorkbookTests {

    private static final Term TERM = new Term(2032, Term.Semester.SPRING);
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    DemoStaff readers;
    long sanshiSchool;

    @BeforeAll
    void awardTheDemoCounty() {
        AwardFixtures.awardDemoCounty(jdbc, TERM, 4);
        AwardFixtures.Award hardship = new AwardFixtures.Award(
                "COUNTY_TEMPORARY_RELIEF",
                "县级困难学生临时救助",
                "标准",
                new BigDecimal("800.00"),
                FORMULA_NAME,
                "MALE",
                "430626********7316",
                "五年级",
                "-1班",
                "@因灾致困",
                "+特别困难",
                false,
                "=王建国",
                "139****5678",
                "平江县农村商业银行",
                "***************8812",
                "-备注");
        AwardFixtures.insert(jdbc, TERM, AwardFixtures.SANSHI_PRIMARY, 0, hardship);
        readers = new DemoStaff(mvc);
        sanshiSchool = AwardFixtures.schoolId(jdbc, AwardFixtures.SANSHI_PRIMARY);
    }

    @Test
    void theReviewRosterPrintsInTheOfficialLayoutWithItsExactTotal() throws Exception {
        MockHttpServletResponse response = download("/rosters/review.xlsx?term=" + TERM.code());
        assertThat(response.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("filename*=UTF-8''");

        try (XSSFWorkbook book = workbook(response)) {
            XSSFSheet sheet = book.getSheetAt(0);
            long awards = count("");
            assertThat(text(sheet, 0, 0)).isEqualTo("平江县" + TERM.label() + "学生资助评议花名册");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 16));
            assertThat(text(sheet, 1, 0)).isEqualTo("填报单位（盖章）：平江县学生资助管理中心");
            assertThat(text(sheet, 1, 15)).isEqualTo("单位：元");
            assertThat(headers(sheet)).startsWith("序号", "户籍乡镇", "户籍村（社区）", "学校").contains("身份证号码", "困难类型", "资助金额（元）");
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
            for (int i = 0; i < awards; i++) {
                assertThat(sheet.getRow(3 + i).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
            }
            Row total = sheet.getRow(3 + (int) awards);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(total.getCell(15).getNumericCellValue()))
                    .isEqualByComparingTo(sum(""));
            assertThat(text(sheet, 3 + (int) awards + 2, 0))
                    .startsWith("经办人：")
                    .contains("审核人：", "负责人：周国平")
                    .doesNotContain("county", "test-fixture");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(text(sheet, 3 + (int) awards + 3, 0))
                    .isEqualTo("填报日期：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                            + "日");
            Cell id = sheet.getRow(3).getCell(8);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(id.getStringCellValue()).matches("430626\\*{8}[0-9X]{4}");
        }
    }

    @Test
    void thePerProgrammeRosterIsOneProgrammesPayoutListAndTheArchiveHoldsEveryProgramme() throws Exception {
        try (XSSFWorkbook book = workbook(download(
                "/rosters/per-programme.xlsx?term=" + TERM.code() + "&programme=SENIOR_HIGH_NATIONAL_GRANT"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            long awards = count(" AND programme_code = 'SENIOR_HIGH_NATIONAL_GRANT'");
            assertThat(text(sheet, 0, 0)).isEqualTo("平江县" + TERM.label() + "国家助学金（普通高中）发放花名册");
            assertThat(headers(sheet)).contains("资助档次", "开户银行", "资助卡号");
            Row total = sheet.getRow(3 + (int) awards);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(total.getCell(10).getNumericCellValue()))
                    .isEqualByComparingTo(sum(" AND programme_code = 'SENIOR_HIGH_NATIONAL_GRANT'"));
            Cell card = sheet.getRow(3).getCell(12);
            assertThat(card.getCellType()).isEqualTo(CellType.STRING);
            assertThat(card.getStringCellValue()).matches("\\*+\\d{4}");
        }
        mvc.perform(get("/rosters/per-programme.xlsx")
                        .param("term", TERM.code())
                        .with(readers.page("county")))
                .andExpect(status().isBadRequest());

        List<String> titles = new ArrayList<>();
        MockHttpServletResponse zip = download("/rosters/per-programme.zip?term=" + TERM.code());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getContentAsByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(in.readAllBytes()))) {
                    titles.add(text(book.getSheetAt(0), 0, 0));
                    assertThat(entry.getName()).isEqualTo(text(book.getSheetAt(0), 0, 0) + ".xlsx");
                }
            }
        }
        assertThat(titles)
                .contains(
                        "平江县" + TERM.label() + "国家助学金（普通高中）发放花名册",
                        "平江县" + TERM.label() + "国家助学金（中职）发放花名册",
                        "平江县" + TERM.label() + "学前教育资助发放花名册",
                        "平江县" + TERM.label() + "义务教育家庭经济困难学生生活补助（小学）发放花名册",
                        "平江县" + TERM.label() + "义务教育家庭经济困难学生生活补助（初中）发放花名册",
                        "平江县" + TERM.label() + "县级困难学生临时救助发放花名册");
    }

    @Test
    void aSchoolsConfirmationFormCountsEachProgrammeAndCarriesTheSignaturesAndStamps() throws Exception {
        try (XSSFWorkbook book =
                workbook(download("/rosters/confirmation-forms/" + sanshiSchool + ".xlsx?term=" + TERM.code()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            String school = " AND school_id = " + sanshiSchool;
            assertThat(text(sheet, 0, 0)).isEqualTo("平江县" + TERM.label() + "学校学生资助资金确认表");
            assertThat(text(sheet, 1, 0)).isEqualTo("学校（盖章）：平江县三市镇中心小学");
            assertThat(headers(sheet)).containsExactly("序号", "资助项目", "学段", "资助人数", "资助金额（元）", "备注");
            List<String> programmes = new ArrayList<>();
            int r = 3;
            while (!text(sheet, r, 0).equals("合计")) {
                programmes.add(text(sheet, r, 1));
                r++;
            }
            assertThat(programmes).containsExactly("县级困难学生临时救助", "义务教育家庭经济困难学生生活补助（小学）");
            assertThat((long) sheet.getRow(r).getCell(3).getNumericCellValue()).isEqualTo(count(school));
            assertThat(BigDecimal.valueOf(sheet.getRow(r).getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(sum(school));
            assertThat(text(sheet, r + 2, 0)).startsWith("学校经办人：").contains("审核人：", "负责人：");
            assertThat(text(sheet, r + 3, 0)).startsWith("学校（盖章）");
            assertThat(text(sheet, r + 4, 0)).startsWith("县级学生资助管理中心确认意见：").contains("平江县学生资助管理中心（盖章）");
            assertThat(text(sheet, r + 5, 0)).startsWith("县级经办人：");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        }
        MockHttpServletResponse viaApi = mvc.perform(get("/api/v1/rosters/confirmation-forms/" + sanshiSchool + ".xlsx")
                        .param("term", TERM.code())
                        .with(readers.api("school")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        try (XSSFWorkbook book = workbook(viaApi)) {
            assertThat(text(book.getSheetAt(0), 1, 0)).isEqualTo("学校（盖章）：平江县三市镇中心小学");
        }
    }

    @Test
    void theAllSchoolsWorkbookSignsEachSchoolsFormAsTheSingleSchoolFormDoes() throws Exception {
        jdbc.sql("UPDATE award_award SET created_by = 'school' WHERE term = :term AND school_id = :school")
                .param("term", TERM.code())
                .param("school", sanshiSchool)
                .update();
        String single;
        try (XSSFWorkbook book =
                workbook(download("/rosters/confirmation-forms/" + sanshiSchool + ".xlsx?term=" + TERM.code()))) {
            single = countySignatures(book.getSheetAt(0));
        }
        assertThat(single).contains("经办人：张敏", "负责人：周国平");
        try (XSSFWorkbook book = workbook(download("/rosters/confirmation-forms.xlsx?term=" + TERM.code()))) {
            int signed = 0;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                String line = countySignatures(sheet);
                assertThat(line).as(sheet.getSheetName()).contains("负责人：周国平");
                if (text(sheet, 1, 0).endsWith("平江县三市镇中心小学")) {
                    assertThat(line).isEqualTo(single);
                    signed++;
                }
            }
            assertThat(signed).isEqualTo(1);
        }
    }

    private static String countySignatures(XSSFSheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (text(sheet, r, 0).startsWith("县级经办人：")) {
                return text(sheet, r, 0);
            }
        }
        throw new AssertionError("no county signature line on " + sheet.getSheetName());
    }

    @Test
    void theSummaryWorkbookHasASheetPerBreakdownEachTotallingTheTerm() throws Exception {
        try (XSSFWorkbook book = workbook(download("/rosters/summary.xlsx?term=" + TERM.code()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("按乡镇（街道）", "按村（社区）", "按学校", "按资助项目", "按学段", "按学校分项目");
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                assertThat(text(sheet, 0, 0)).startsWith("平江县" + TERM.label() + "学生资助汇总表");
                Row total = sheet.getRow(sheet.getLastRowNum() - 3);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
                int columns = total.getLastCellNum();
                assertThat((long) total.getCell(columns - 2).getNumericCellValue())
                        .isEqualTo(count(""));
                assertThat(BigDecimal.valueOf(total.getCell(columns - 1).getNumericCellValue()))
                        .isEqualByComparingTo(sum(""));
            }
        }
    }

    @Test
    void aProgrammesRosterIsNamedAfterTheProgrammeNotItsCode() throws Exception {
        MockHttpServletResponse response = download(
                "/rosters/per-programme.xlsx?term=%s&programme=COUNTY_TEMPORARY_RELIEF".formatted(TERM.code()));

        String disposition = java.net.URLDecoder.decode(
                response.getHeader("Content-Disposition"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(disposition)
                .contains("filename*=UTF-8''平江县" + TERM.label() + "县级困难学生临时救助发放花名册.xlsx")
                .doesNotContain("COUNTY_TEMPORARY_RELIEF");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsTextInEveryRoster() throws Exception {
        for (String url : List.of(
                "/rosters/review.xlsx?term=%s&programme=COUNTY_TEMPORARY_RELIEF",
                "/rosters/per-programme.xlsx?term=%s&programme=COUNTY_TEMPORARY_RELIEF",
                "/rosters/public-notice.xlsx?term=%s&programme=COUNTY_TEMPORARY_RELIEF")) {
            try (XSSFWorkbook book = workbook(download(url.formatted(TERM.code())))) {
                Row row = book.getSheetAt(0).getRow(3);
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                });
                assertThat(cells).as(url).contains("'" + FORMULA_NAME, "'-1班");
                assertThat(cells)
                        .as(url)
                        .noneMatch(
                                c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("-") || c.startsWith("@"));
            }
        }
    }

    @Test
    void everyDocumentComesInOneArchiveWithTheChecksResult() throws Exception {
        MockHttpServletResponse zip = download("/rosters/documents.zip?term=" + TERM.code());
        assertThat(zip.getHeader("Content-Disposition")).contains(".zip");

        List<String> names = new ArrayList<>();
        String check = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getContentAsByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".txt")) {
                    check = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                } else {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                        assertThat(entry.getName())
                                .contains(text(book.getSheetAt(0), 0, 0).replaceAll("（按.*）$", ""));
                    }
                }
            }
        }
        String county = "平江县" + TERM.label();
        assertThat(names)
                .contains(
                        "1-" + county + "学生资助汇总表.xlsx",
                        "2-" + county + "学生资助评议花名册.xlsx",
                        "3-分项目资助花名册/" + county + "国家助学金（普通高中）发放花名册.xlsx",
                        "4-" + county + "学生资助公示花名册.xlsx",
                        "5-" + county + "学校学生资助资金确认表.xlsx",
                        "6-" + county + "学生资助数据校验结果.txt");
        assertThat(check).contains("结果：通过").contains("共" + count("") + "人次");
        mvc.perform(get("/rosters/documents.zip").param("term", TERM.code()).with(readers.page("township")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url).with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private static XSSFWorkbook workbook(MockHttpServletResponse response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(2).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term" + condition)
                .param("term", TERM.code())
                .query(Long.class)
                .single();
    }

    private BigDecimal sum(String condition) {
        return jdbc.sql("SELECT coalesce(sum(amount), 0) FROM award_award WHERE term = :term" + condition)
                .param("term", TERM.code())
                .query(BigDecimal.class)
                .single();
    }
}
