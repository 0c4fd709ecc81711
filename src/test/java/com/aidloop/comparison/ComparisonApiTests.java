package com.aidloop.comparison;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.registry.People;
import com.aidloop.testing.DemoStaff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The comparison API with the demo accounts: the demo county's register holds the demo lists'
 * families, masked (a disability grade hidden), and the held name mismatch; a list with the wrong
 * columns is refused as problem+json naming the columns; a school may read but not import.
 */
@SpringBootTest
class ComparisonApiTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    DemoStaff staff;

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @Test
    void theDemoCountysRegisterShowsItsListedFamiliesMasked() throws Exception {
        mvc.perform(get("/api/v1/comparison/register").with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].studentName", Matchers.hasItems("彭雨涵", "毛浩宇", "喻晨阳")))
                .andExpect(jsonPath("$[?(@.studentName == '喻晨阳')].attributes", Matchers.hasItem("残疾等级：已登记（隐藏）")))
                .andExpect(jsonPath("$[?(@.studentName == '毛浩宇')].via", Matchers.hasItem("学生本人")))
                .andExpect(jsonPath("$[*].studentName", Matchers.not(Matchers.hasItem("邵可馨"))));
        mvc.perform(get("/api/v1/comparison/held").with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.registeredName == '刘小红')].listName", Matchers.hasItem("刘晓红")));
    }

    @Test
    void aListWithTheWrongColumnsIsRefusedNamingThem() throws Exception {
        Path file = ListFiles.csv(List.of("名字", "号码"), List.of(List.of("甲", People.idNumber(1980, true))));

        mvc.perform(multipart("/api/v1/comparison/lists")
                        .file(new MockMultipartFile("file", "错列.csv", null, Files.readAllBytes(file)))
                        .param("type", "ORPHAN")
                        .param("department", "县民政局")
                        .param("asOf", "2026-10-31")
                        .param("idColumn", "公民身份号码")
                        .with(staff.api("county")))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("公民身份号码")));
    }

    @Test
    void aSchoolReadsItsRegisterButCannotImport() throws Exception {
        mvc.perform(get("/api/v1/comparison/register").with(staff.api("school")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/comparison/lists").with(staff.api("school"))).andExpect(status().isForbidden());
    }
}
