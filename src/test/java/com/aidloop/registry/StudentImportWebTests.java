package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The student-registration import through its pages and API with real accounts: county staff
 * upload and read the result page; the API answers 422 naming rows and columns; a reviewer may
 * not import.
 */
@SpringBootTest
class StudentImportWebTests {

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

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
    }

    @Test
    void countyStaffUploadAndReadTheResultPage() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇页面测试小学", "430626102"), SchoolFixtures.county());
        Path file = RegistrationFiles.xlsx(
                dir.resolve("学生信息.xlsx"),
                List.of(RegistrationFiles.pupil(school.code(), "赵页面", People.childId(true), "五年级", "3班")));

        MvcResult posted = mvc.perform(multipart("/students/imports")
                        .file(new MockMultipartFile("file", "学生信息.xlsx", null, Files.readAllBytes(file)))
                        .param("mode", "commit")
                        .with(staff.countyStaff("430626"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/students/imports/*"))
                .andReturn();

        mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(staff.countyStaff("430626")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("导入成功：新增学生")))
                .andExpect(content().string(Matchers.containsString("data-testid=\"created\">1<")));
        mvc.perform(get("/students/imports").with(staff.townshipReviewer("430626102")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswers422NamingRowAndColumn() throws Exception {
        Path file = RegistrationFiles.xlsx(
                dir.resolve("错误.xlsx"),
                List.of(RegistrationFiles.with(
                        RegistrationFiles.pupil("2143000000", "钱错误", People.childId(true), "五年级", "3班"),
                        "户口性质",
                        "火星户口")));

        mvc.perform(multipart("/api/v1/student-imports")
                        .file(new MockMultipartFile("file", "错误.xlsx", null, Files.readAllBytes(file)))
                        .param("mode", "commit")
                        .with(staff.api(Role.COUNTY_STAFF, "430626", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.importStatus").value("REFUSED"))
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        Matchers.hasItem("第3行 学校标识码：学校标识码2143000000未登记，请先在“学校管理”中登记或导入该学校，或核对学校标识码")))
                .andExpect(
                        jsonPath("$.errors[*].message", Matchers.hasItem("第3行 户口性质：户口性质“火星户口”无法识别，请填写“农业户口”或“非农业户口”")));
    }

    @Test
    void aCleanValidationIsCommittedWithConfirmAndOnlyOnce() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇确认导入小学", "430626102"), SchoolFixtures.county());
        String idNumber = People.childId(true);
        Path file = RegistrationFiles.xlsx(
                dir.resolve("确认.xlsx"), List.of(RegistrationFiles.pupil(school.code(), "孙确认", idNumber, "四年级", "1班")));
        String validation = upload(file, "validate");

        mvc.perform(get(validation).with(staff.countyStaff("430626")))
                .andExpect(content().string(Matchers.containsString("id=\"confirm-commit\"")))
                .andExpect(content().string(Matchers.containsString("data-testid=\"created\">1<")));
        assertThat(jdbc.sql("SELECT cells_sealed FROM registry_import_row WHERE import_id = :id")
                        .param("id", Long.parseLong(validation.substring(validation.lastIndexOf('/') + 1)))
                        .query(String.class)
                        .single())
                .doesNotContain(idNumber)
                .doesNotContain("孙确认");

        MvcResult committed = mvc.perform(post(validation + "/commit")
                        .with(staff.countyStaff("430626"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/students/imports/*"))
                .andReturn();
        String commit = committed.getResponse().getRedirectedUrl();
        assertThat(commit).isNotEqualTo(validation);
        mvc.perform(get(commit).with(staff.countyStaff("430626")))
                .andExpect(content().string(Matchers.containsString("导入成功：新增学生 <strong>1</strong> 名")))
                .andExpect(content().string(Matchers.containsString("的校验结果")));
        mvc.perform(get(validation).with(staff.countyStaff("430626")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"confirm-commit\""))));

        mvc.perform(post(validation + "/commit")
                        .with(staff.countyStaff("430626"))
                        .with(csrf()))
                .andExpect(redirectedUrl(validation));
        mvc.perform(post("/api/v1/student-imports/" + validation.substring(validation.lastIndexOf('/') + 1) + "/commit")
                        .with(staff.api(Role.COUNTY_STAFF, "430626", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("该校验结果不能确认导入")));
    }

    @Test
    void theRefusedRowsComeBackAsAnErrorWorkbookWithTheirReasons() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇错误数据小学", "430626102"), SchoolFixtures.county());
        Path file = RegistrationFiles.xlsx(
                dir.resolve("有错误.xlsx"),
                List.of(
                        RegistrationFiles.pupil(school.code(), "周正确", People.childId(true), "三年级", "2班"),
                        RegistrationFiles.with(
                                RegistrationFiles.pupil(school.code(), "吴错误", People.childId(false), "三年级", "2班"),
                                "户口性质",
                                "火星户口")));
        String validation = upload(file, "validate");
        mvc.perform(get(validation).with(staff.countyStaff("430626")))
                .andExpect(content().string(Matchers.containsString("id=\"download-errors\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"confirm-commit\""))));

        byte[] workbook = mvc.perform(get(validation + "/errors.xlsx").with(staff.countyStaff("430626")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", Matchers.containsString("%E9%94%99%E8%AF%AF%E6%95%B0%E6%8D%AE")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("原行号");
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("错误原因");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row refused = sheet.getRow(1);
            assertThat(refused.getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(refused.getCell(1).getStringCellValue()).isEqualTo("吴错误");
            assertThat(refused.getCell(header.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("户口性质：户口性质“火星户口”无法识别，请填写“农业户口”或“非农业户口”");
        }
    }

    private String upload(Path file, String mode) throws Exception {
        return mvc.perform(multipart("/students/imports")
                        .file(new MockMultipartFile(
                                "file", file.getFileName().toString(), null, Files.readAllBytes(file)))
                        .param("mode", mode)
                        .with(staff.countyStaff("430626"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/students/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
