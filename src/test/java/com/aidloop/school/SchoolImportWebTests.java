package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.registry.Staff;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The school import through its pages and API with real accounts: who may use it, the template,
 * the answer of the API (422 problem details naming rows and columns), and the contact phone shown
 * masked and revealed on request, audited.
 */
@SpringBootTest
class SchoolImportWebTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    MockMvc mvc;
    Staff staff;
    RequestPostProcessor county;

    @BeforeEach
    void countyStaff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
        county = staff.countyStaff(SchoolFixtures.COUNTY);
    }

    @Test
    void schoolStaffMayNotImportSchools() throws Exception {
        long school = schools.open(SchoolFixtures.primarySchool("平江县浯口镇中心小学", "430626109"), SchoolFixtures.county())
                .id();

        mvc.perform(get("/schools/imports").with(staff.schoolStaff(school))).andExpect(status().isForbidden());
        mvc.perform(get("/schools/imports/template").with(staff.schoolStaff(school)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/school-imports")
                        .file(part(file(SchoolFiles.newSchool("平江县浯口镇第二小学", "浯口镇"))))
                        .with(staff.api(Role.SCHOOL_STAFF, null, school)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools").with(staff.schoolStaff(school)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"import-schools\""))));
    }

    @Test
    void theSchoolListLinksToTheImportWhoseTemplateHasHeaderExampleAndNotes() throws Exception {
        mvc.perform(get("/schools").with(county))
                .andExpect(content().string(Matchers.containsString("href=\"/schools/imports\"")));
        mvc.perform(get("/schools/imports").with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("下载模板")));

        byte[] template = mvc.perform(get("/schools/imports/template").with(county))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("学校信息");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("*学校标识码");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("联系电话");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("例：");
            assertThat(workbook.getSheet("填写说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("学校信息导入模板填写说明");
        }
    }

    @Test
    void theApiRefusesAFileWithErrorsAsProblemDetailsNamingRowAndColumnAndWritesNothing() throws Exception {
        List<String> good = SchoolFiles.newSchool("平江县梅仙镇第二小学", "梅仙镇");
        List<String> elsewhere = SchoolFiles.row(SchoolFixtures.nextCode(), "湘阴县东塘镇小学", "小学", "公办", "430624101");

        mvc.perform(multipart("/api/v1/school-imports")
                        .file(part(file(good, elsewhere)))
                        .param("mode", "commit")
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("school.import.hasErrors"))
                .andExpect(jsonPath("$.importStatus").value("REFUSED"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("所在乡镇"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("第3行 所在乡镇：“430624101”不在您管辖的平江县范围内，只能导入本辖区的学校；请填写平江县的乡镇（街道）"));

        assertThat(schools.byCode(good.getFirst())).isEmpty();
    }

    @Test
    void theApiCommitsACleanFileAndAnswersAHostileOneWithItsReason() throws Exception {
        List<String> good = SchoolFiles.newSchool("平江县瓮江镇第二小学", "瓮江镇");

        mvc.perform(multipart("/api/v1/school-imports")
                        .file(part(file(good)))
                        .param("mode", "commit")
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.schoolsCreated").value(1));
        mvc.perform(multipart("/api/v1/school-imports")
                        .file(new MockMultipartFile("file", "学校.xlsx", null, "%PDF-1.7".getBytes()))
                        .with(staff.api(Role.COUNTY_STAFF, SchoolFixtures.COUNTY, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("spreadsheet.notSpreadsheet"))
                .andExpect(jsonPath("$.errors[0].row").value(0))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不是有效的Excel或CSV表格")));
    }

    @Test
    void theFormShowsTheResultPageWithProblemsByRowAndColumn() throws Exception {
        List<String> bad = SchoolFiles.row("21430626", "平江县虹桥镇第二小学", "小学", "公办", "虹桥镇");

        String location = mvc.perform(multipart("/schools/imports")
                        .file(part(file(bad)))
                        .param("mode", "validate")
                        .with(csrf())
                        .with(county))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/schools/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-row=\"2\" data-column=\"学校标识码\"")))
                .andExpect(content().string(Matchers.containsString("应为10位数字，当前为8位，请核对后重新填写")))
                .andExpect(content().string(Matchers.containsString("id=\"download-errors\"")));
        mvc.perform(get(location + "/errors.xlsx").with(county)).andExpect(status().isOk());
        mvc.perform(get(location).with(staff.countyStaff(SchoolFixtures.OTHER_COUNTY)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theContactPhoneIsMaskedInListsAndRevealedOnRequestAudited() throws Exception {
        SchoolView school = schools.open(
                new SchoolInput(
                        SchoolFixtures.nextCode(),
                        "平江县向家镇中心小学",
                        List.of("小学"),
                        "公办",
                        "430626112",
                        "向家镇正街3号",
                        "陈老师",
                        "13907305678"),
                SchoolFixtures.county());

        mvc.perform(get("/schools").param("q", school.code()).with(county))
                .andExpect(content().string(Matchers.containsString("139****5678")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13907305678"))));
        mvc.perform(post("/schools/{id}/contact-phone", school.id())
                        .with(csrf())
                        .with(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("13907305678")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'REVEAL' AND object_type = 'school' AND object_id = :id")
                        .param("id", String.valueOf(school.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @SafeVarargs
    private Path file(List<String>... rows) {
        return SchoolFiles.xlsx(dir.resolve("学校-" + System.nanoTime() + ".xlsx"), List.of(rows));
    }

    private static MockMultipartFile part(Path file) throws Exception {
        return new MockMultipartFile("file", "学校.xlsx", null, Files.readAllBytes(file));
    }
}
