package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.testing.Login;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roster import API with the demo accounts: the JSON of an import and its problems, the
 * synchronous answer for a small file, 确认导入, the template and the error workbook, the scope
 * (another school's import is a 404) and the rights (a reviewer may not import).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterImportApiTests {

    private static final String PASSWORD = "Pingjiang@2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    private final Map<String, String> tokens = new HashMap<>();

    private String token(String user) throws Exception {
        if (!tokens.containsKey(user)) {
            tokens.put(user, Login.token(mvc, user, PASSWORD));
        }
        return "Bearer " + tokens.get(user);
    }

    private MockHttpServletResponse upload(String user, Path file, String mode, String term) throws Exception {
        MockMultipartFile part = new MockMultipartFile(
                "file",
                file.getFileName().toString(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Files.readAllBytes(file));
        var request = multipart("/api/v1/roster-imports")
                .file(part)
                .param("mode", mode)
                .header("Authorization", token(user));
        if (term != null) {
            request.param("term", term);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void answersAValidationOfASmallFileWithTheImportItsCountsErrorsAndWarnings() throws Exception {
        Validation validation = validateOneBadCheckDigitAndOneSchoolNameThatDiffers();

        MockHttpServletResponse response = validation.response();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(body.get("status").asText()).isEqualTo("VALIDATED");
        assertThat(body.get("mode").asText()).isEqualTo("VALIDATE");
        assertThat(body.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(body.get("errorRows").asInt()).isEqualTo(1);
        assertThat(body.get("errorCount").asInt()).isEqualTo(1);
        assertThat(body.get("canCommit").asBoolean()).isFalse();
        JsonNode error = body.get("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("row", "column", "code", "message");
        assertThat(error.get("row").asInt()).isEqualTo(4);
        assertThat(error.get("column").asText()).isEqualTo("证件号码");
        assertThat(error.get("code").asText()).isEqualTo("id.checkDigit");
        assertThat(error.get("message").asText()).isEqualTo("校验位错误，请核对后重新填写");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(validation.idNumber().substring(0, 17));
        assertThat(body.get("warnings").get(0).get("code").asText()).isEqualTo("award.school.nameDiffers");
    }

    @Test
    void aValidationAndItsProblemsAreReadAgainWithinTheScope() throws Exception {
        long importId = json(validateOneBadCheckDigitAndOneSchoolNameThatDiffers()
                        .response())
                .get("id")
                .asLong();

        JsonNode again =
                json(mvc.perform(get("/api/v1/roster-imports/" + importId).header("Authorization", token("school")))
                        .andReturn()
                        .getResponse());
        assertThat(again.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        JsonNode page = json(mvc.perform(get("/api/v1/roster-imports/" + importId + "/problems")
                        .param("severity", "error")
                        .header("Authorization", token("school")))
                .andReturn()
                .getResponse());
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("message").asText()).isEqualTo("校验位错误，请核对后重新填写");

        assertThat(mvc.perform(get("/api/v1/roster-imports/" + importId).header("Authorization", token("school2")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/roster-imports/" + importId).header("Authorization", token("county")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    /** The answer to validating a school's three pupils, and the ID number whose check digit the third row gets wrong. */
    private record Validation(MockHttpServletResponse response, String idNumber) {}

    /** The school validates three pupils: the third's ID number with a wrong check digit, the first's school named otherwise. */
    private Validation validateOneBadCheckDigitAndOneSchoolNameThatDiffers() throws Exception {
        List<Rosters.Line> lines = Rosters.pupils(3);
        String id = lines.get(2).get(RosterColumn.ID_NUMBER);
        lines.get(2).set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        lines.get(0).set(RosterColumn.SCHOOL_NAME, "三市小学");
        return new Validation(
                upload("school", Rosters.xlsx(dir.resolve("api.xlsx"), lines), "validate", "2026-AUTUMN"), id);
    }

    @Test
    void commitsAndACommitOfTheSameFileNamesTheEarlierImport() throws Exception {
        Path file = Rosters.xlsx(dir.resolve("commit.xlsx"), Rosters.pupils(2));

        JsonNode first = json(upload("county", file, "commit", "2026年秋季学期"));
        JsonNode second = json(upload("county", file, "commit", "2026-AUTUMN"));

        assertThat(first.get("status").asText()).isEqualTo("COMMITTED");
        assertThat(first.get("awardsCreated").asInt()).isEqualTo(2);
        assertThat(first.get("studentsRegistered").asInt()).isEqualTo(2);
        assertThat(second.get("status").asText()).isEqualTo("COMMITTED");
        assertThat(second.get("sameAsImportId").asLong())
                .isEqualTo(first.get("id").asLong());
        assertThat(second.get("awardsCreated").asInt()).isZero();
    }

    @Test
    void confirmsACleanValidationInTheBackground() throws Exception {
        Path file = Rosters.xlsx(dir.resolve("confirm.xlsx"), Rosters.pupils(2));
        JsonNode validated = json(upload("school", file, "validate", "2026-AUTUMN"));
        assertThat(validated.get("canCommit").asBoolean()).isTrue();

        MockHttpServletResponse started = mvc.perform(
                        post("/api/v1/roster-imports/" + validated.get("id").asLong() + "/commit")
                                .header("Authorization", token("school")))
                .andReturn()
                .getResponse();
        JsonNode commit = json(started);
        JsonNode status = commit;
        for (int i = 0; i < 200 && status.get("status").asText().equals("RUNNING"); i++) {
            Thread.sleep(50);
            status = json(
                    mvc.perform(get("/api/v1/roster-imports/" + commit.get("id").asLong())
                                    .header("Authorization", token("school")))
                            .andReturn()
                            .getResponse());
        }

        assertThat(started.getStatus()).isIn(200, 202);
        assertThat(status.get("status").asText()).isEqualTo("COMMITTED");
        assertThat(status.get("validatedImportId").asLong())
                .isEqualTo(validated.get("id").asLong());
        assertThat(mvc.perform(post("/api/v1/roster-imports/"
                                        + validated.get("id").asLong() + "/commit")
                                .header("Authorization", token("school")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void refusesAMissingTermOrFileAndAnAccountWithoutTheRight() throws Exception {
        Path file = Rosters.xlsx(dir.resolve("rights.xlsx"), Rosters.pupils(1));

        MockHttpServletResponse noTerm = upload("county", file, "validate", null);
        assertThat(noTerm.getStatus()).isEqualTo(400);
        assertThat(json(noTerm).get("detail").asText()).isEqualTo("请选择学期");
        assertThat(upload("county", file, "validate", "明年").getStatus()).isEqualTo(400);
        assertThat(upload("county", file, "later", "2026-AUTUMN").getStatus()).isEqualTo(400);
        assertThat(mvc.perform(multipart("/api/v1/roster-imports")
                                .param("term", "2026-AUTUMN")
                                .header("Authorization", token("county")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(upload("village", file, "validate", "2026-AUTUMN").getStatus())
                .isEqualTo(403);
        assertThat(upload("auditor", file, "validate", "2026-AUTUMN").getStatus())
                .isEqualTo(403);
    }

    @Test
    void downloadsATemplateWithTextColumnsDropDownsAndInstructions() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/roster-imports/template")
                        .param("term", "2026-AUTUMN")
                        .header("Authorization", token("county")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet roster = workbook.getSheet("资助名单");
            List<String> headers = new ArrayList<>();
            roster.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).hasSize(25).contains("序号", "*学校标识码", "*证件号码", "*资助金额(元)", "特别通道(是/否)", "备注");
            int idColumn = headers.indexOf("*证件号码");
            assertThat(roster.getColumnStyle(idColumn).getDataFormatString()).isEqualTo("@");
            assertThat(roster.getDataValidations()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(workbook.getSheet("填写说明").getRow(0).getCell(0).getStringCellValue())
                    .contains("2026年秋季学期");
        }
    }

    @Test
    void downloadsTheRowsWithProblemsAndTheirReasons() throws Exception {
        List<Rosters.Line> lines = Rosters.pupils(3);
        lines.get(1).set(RosterColumn.HOUSEHOLD_TOWNSHIP, "三氏镇");
        long importId = json(upload(
                        "county", Rosters.xlsx(dir.resolve("errors.xlsx"), lines), "validate", "2026-AUTUMN"))
                .get("id")
                .asLong();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/roster-imports/" + importId + "/errors.xlsx")
                        .header("Authorization", token("county")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(formatter.formatCellValue(header.getCell(0))).isEqualTo("原行号");
            assertThat(formatter.formatCellValue(header.getCell(header.getLastCellNum() - 1)))
                    .isEqualTo("错误原因");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int warned : new int[] {1, 3}) {
                assertThat(formatter.formatCellValue(sheet.getRow(warned).getCell(header.getLastCellNum() - 1)))
                        .startsWith("资助档次：过渡期提示")
                        .endsWith("（提示）");
            }
            Row row = sheet.getRow(2);
            assertThat(formatter.formatCellValue(row.getCell(0))).isEqualTo("3");
            assertThat(formatter.formatCellValue(row.getCell(1 + RosterColumn.ID_NUMBER.ordinal())))
                    .isEqualTo(lines.get(1).get(RosterColumn.ID_NUMBER));
            assertThat(formatter.formatCellValue(row.getCell(header.getLastCellNum() - 1)))
                    .contains("户籍乡镇(街道)：", "三市镇")
                    .doesNotContain("（提示）");
        }
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(doc)
                .contains("/api/v1/roster-imports", "/api/v1/roster-imports/{id}", "资助名单导入", "updateExisting", "202");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
