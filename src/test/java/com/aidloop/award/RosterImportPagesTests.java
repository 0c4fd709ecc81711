package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.Login;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import pages with the demo school account: upload a roster with errors, read them on the
 * result page, upload the corrected roster, validate, and 确认导入; the page answers at once and
 * the status card is polled while the job runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterImportPagesTests {

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    private MockHttpSession login(String user) {
        return Login.session(mvc, user, DemoStaff.PASSWORD);
    }

    private String upload(MockHttpSession session, Path file, String mode) throws Exception {
        MockMultipartFile part = new MockMultipartFile(
                "file", file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file));
        MockHttpServletResponse response = mvc.perform(multipart("/roster-imports")
                        .file(part)
                        .param("term", "2026-AUTUMN")
                        .param("mode", mode)
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** Polls the status card as htmx does until the job says the page should reload. */
    private Document finished(MockHttpSession session, String resultUrl) throws Exception {
        for (int i = 0; i < 400; i++) {
            MockHttpServletResponse card = mvc.perform(
                            get(resultUrl + "/status").session(session).header("HX-Request", "true"))
                    .andReturn()
                    .getResponse();
            if ("true".equals(card.getHeader("HX-Refresh"))) {
                break;
            }
            assertThat(card.getContentAsString(StandardCharsets.UTF_8))
                    .contains("hx-trigger=\"every 1s\"", "import-status");
            Thread.sleep(25);
        }
        return page(session, resultUrl);
    }

    private Document page(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void validatesReadsTheErrorsThenValidatesTheCorrectedFileAndConfirmsIt() throws Exception {
        MockHttpSession school = login("school");
        Document form = page(school, "/roster-imports/new");
        assertThat(form.select("#file")).hasSize(1);
        assertThat(form.select("#validate").text()).isEqualTo("校验");
        assertThat(form.select("#commit").text()).isEqualTo("导入");
        assertThat(form.select("#update-existing")).hasSize(1);
        assertThat(form.text()).contains("下载模板", "将文件拖到此处，或点击上传", "更新已存在的数据");
        assertThat(form.select("script:not([src])")).isEmpty();

        List<Rosters.Line> lines = Rosters.pupils(4);
        Rosters.Line broken = lines.get(3);
        String id = broken.get(RosterColumn.ID_NUMBER);
        broken.set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));

        Document withErrors =
                finished(school, upload(school, Rosters.xlsx(dir.resolve("第一次.xlsx"), lines), "validate"));
        assertThat(withErrors.select("#import-status").text()).isEqualTo("已校验");
        assertThat(withErrors.select("tr[data-problem-row]:not([data-code^=award.identification.])"))
                .singleElement()
                .satisfies(row -> assertThat(row.text()).startsWith("第5行 证件号码：校验位错误，请核对后重新填写"));
        assertThat(withErrors.select("#commit")).isEmpty();
        assertThat(withErrors.select("#download-errors").attr("href")).endsWith("/errors.xlsx");
        assertThat(withErrors.text()).doesNotContain(id.substring(0, 17));

        broken.set(RosterColumn.ID_NUMBER, id);
        String cleanUrl = upload(school, Rosters.xlsx(dir.resolve("第二次.xlsx"), lines), "validate");
        Document clean = finished(school, cleanUrl);
        assertThat(clean.select("#import-status").text()).isEqualTo("已校验");
        assertThat(clean.select("tr[data-problem-row]")).hasSize(4).allSatisfy(row -> assertThat(row.attr("data-code"))
                .isEqualTo("award.identification.missingTransition"));
        assertThat(clean.select("#clean").text()).contains("校验通过", "4条提示");

        String action = clean.select("form:has(#commit)").attr("action");
        MockHttpServletResponse confirmed = mvc.perform(
                        post(action).session(school).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        Document committed = finished(school, confirmed.getRedirectedUrl());
        assertThat(committed.select("#import-status").text()).isEqualTo("已导入");
        assertThat(committed.select("[data-testid=created]").text()).isEqualTo("4");
        assertThat(committed.select("#committed").text()).contains("导入成功");

        Document list = page(school, "/roster-imports");
        assertThat(list.select("tr[data-import-id]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page(school, "/").select("#menu-roster-imports").text()).isEqualTo("资助名单导入");
    }

    @Test
    void theFormSaysWhatIsMissingAndTheTemplateDownloads() throws Exception {
        MockHttpSession county = login("county");

        MockHttpServletResponse noFile = mvc.perform(multipart("/roster-imports")
                        .param("term", "2026-AUTUMN")
                        .param("mode", "validate")
                        .session(county)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse template = mvc.perform(
                        get("/roster-imports/template").session(county))
                .andReturn()
                .getResponse();

        assertThat(Jsoup.parse(noFile.getContentAsString(StandardCharsets.UTF_8))
                        .select("#form-problem")
                        .text())
                .isEqualTo("请选择要上传的文件");
        assertThat(template.getStatus()).isEqualTo(200);
        assertThat(template.getContentType()).contains("spreadsheetml");
    }

    @Test
    void reviewersMayNotImportAndAnotherSchoolsImportIsNotFound() throws Exception {
        MockHttpSession school = login("school");
        String url = upload(school, Rosters.xlsx(dir.resolve("own.xlsx"), Rosters.pupils(1)), "validate");
        finished(school, url);

        assertThat(mvc.perform(get("/roster-imports").session(login("village")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(url).session(login("school2")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(url).session(login("county")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
