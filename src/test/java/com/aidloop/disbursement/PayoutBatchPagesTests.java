package com.aidloop.disbursement;

import static com.aidloop.disbursement.PayoutFixtures.PROGRAMME;
import static com.aidloop.disbursement.PayoutFixtures.SANSHI_TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The batch pages and API with the demo accounts: county creates, county sees no approve button and
 * is refused, county2 approves, county confirms count and total and downloads the fixed-width file;
 * the API does the same with tokens; scope and rights.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PayoutBatchPagesTests {

    private static final Term TERM = new Term(2063, Term.Semester.AUTUMN);
    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    DemoStaff staff;

    @BeforeEach
    void demoStaff() {
        staff = new DemoStaff(mvc);
    }

    @BeforeEach
    void awards() {
        PayoutFixtures.clear(jdbc, TERM);
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 12, Set.of(5));
    }

    private Document page(RequestPostProcessor account, String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(account)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theFormCountsThePayableAwardsAndTheMakerCannotApproveTheirOwnBatch() throws Exception {
        RequestPostProcessor county = staff.page("county");
        Document form = page(
                county,
                "/payout-batches/new?term=" + TERM.code() + "&township=" + SANSHI_TOWN + "&programme=" + PROGRAMME);
        assertThat(form.select("#payable-count").text()).isEqualTo("11 笔");
        assertThat(form.select("#missing-cards").text()).contains("1 名学生缺少资助卡号");
        assertThat(form.select("script:not([src])")).isEmpty();

        String url = createOnThePage(county);

        Document own = page(county, url);
        assertThat(own.select("#approve")).isEmpty();
        assertThat(own.select("#maker-note").text()).contains("须由其他工作人员审核");
        assertThat(own.select("#control-count").text()).isEqualTo("11");
        assertThat(own.select("#lines td.card-number").eachText()).allMatch(c -> c.matches("\\*{15}[0-9]{4}"));
        assertThat(own.html()).doesNotContain(PayoutFixtures.card(1));
        mvc.perform(post(url + "/approve").with(county).with(csrf()));
        assertThat(page(county, url).select("#status").text()).isEqualTo("待审核");
    }

    @Test
    void county2ApprovesAndCountyConfirmsTheTotalsAndDownloadsTheFixedWidthFile() throws Exception {
        RequestPostProcessor county = staff.page("county");
        String url = createOnThePage(county);
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        RequestPostProcessor county2 = staff.page("county2");
        Document checker = page(county2, url);
        assertThat(checker.select("#approve").text()).isEqualTo("审核通过");
        mvc.perform(post(url + "/approve")
                .with(county2)
                .with(csrf())
                .param("version", checker.select("input[name=version]").val()));
        assertThat(page(county2, url).select("#status").text()).isEqualTo("已审核");

        Document confirm = page(county, url + "/bank-file?template=fixed");
        assertThat(confirm.select("#line-count").text()).isEqualTo("11");
        String total = confirm.select("#total-amount").text().replace(",", "");
        MockHttpServletResponse file = mvc.perform(post(url + "/bank-file")
                        .param("template", "fixed")
                        .with(county)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("attachment").contains(".txt");
        fixedWidthFileAddsUpTo(file.getContentAsByteArray(), total);
        assertThat(page(county, url).select("#status").text()).isEqualTo("已导出");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'payout_batch' AND object_id = :id AND action = 'EXPORT'")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Creates the township's batch of the programme on the page; returns the new batch's page. */
    private String createOnThePage(RequestPostProcessor county) throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/payout-batches")
                        .with(county)
                        .with(csrf())
                        .param("term", TERM.code())
                        .param("township", SANSHI_TOWN)
                        .param("programme", PROGRAMME))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        return created.getRedirectedUrl();
    }

    @Test
    void theMakersOwnApprovalIsRefusedAndAuditedWithWhoWhatAndWhy() throws Exception {
        RequestPostProcessor county = staff.page("county");
        String url = createOnThePage(county);
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        mvc.perform(post(url + "/approve").with(county).with(csrf()));
        assertThat(mvc.perform(post("/api/v1/payout-batches/" + id + "/approve").with(staff.api("county")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);

        List<Map<String, Object>> refused =
                jdbc.sql("""
                SELECT actor, summary FROM audit_event
                WHERE action = 'REFUSED_APPROVAL' AND object_type = 'payout_batch' AND object_id = :id ORDER BY id
                """).param("id", Long.toString(id)).query().listOfRows();
        assertThat(refused).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("actor", "county"));
        assertThat(refused)
                .extracting(row -> (String) row.get("summary"))
                .satisfiesExactly(
                        page -> assertThat(page).contains("batch.creatorCannotApprove", "POST " + url + "/approve"),
                        api -> assertThat(api)
                                .contains(
                                        "batch.creatorCannotApprove",
                                        "POST /api/v1/payout-batches/" + id + "/approve"));
    }

    /** The fixed-width file: eleven lines of 100 bytes in GBK, numbered, each with its payment reference, adding up to the total. */
    private static void fixedWidthFileAddsUpTo(byte[] bytes, String total) {
        assertThat(bytes).hasSize(11 * 102);
        String text = new String(bytes, GBK);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(11);
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (int i = 0; i < lines.length; i++) {
            byte[] line = lines[i].getBytes(GBK);
            assertThat(new String(line, 0, 6, GBK)).isEqualTo(String.format("%06d", i + 1));
            sum = sum.add(new java.math.BigDecimal(new String(line, 65, 15, GBK)));
            assertThat(new String(line, 80, 20, GBK).strip()).matches("PY2063A[0-9]{10}");
        }
        assertThat(sum).isEqualByComparingTo(total);
    }

    @Test
    void theListFiltersAndPagesAndTheMenuShowsTheGroup() throws Exception {
        RequestPostProcessor county = staff.page("county");
        mvc.perform(post("/payout-batches")
                .with(county)
                .with(csrf())
                .param("term", TERM.code())
                .param("township", SANSHI_TOWN)
                .param("programme", PROGRAMME));
        Document list = page(county, "/payout-batches?term=" + TERM.code() + "&status=DRAFT&region=" + SANSHI_TOWN);
        assertThat(list.select("#batches tbody tr[data-batch-id]")).hasSize(1);
        assertThat(list.select("[data-testid=total]").text()).isEqualTo("共 1 条");
        assertThat(list.select("#region-tree")).hasSize(1);
        assertThat(list.select("#menu-payout-batches").text()).isEqualTo("发放批次");
        assertThat(page(county, "/payout-batches?term=" + TERM.code() + "&status=EXPORTED")
                        .select("#batches tbody tr[data-batch-id]"))
                .isEmpty();
    }

    @Test
    void anEmptyBatchIsRefusedWithAReasonOnTheForm() throws Exception {
        RequestPostProcessor county = staff.page("county");
        MockHttpServletResponse response = mvc.perform(post("/payout-batches")
                        .with(county)
                        .with(csrf())
                        .param("term", TERM.code())
                        .param("township", SANSHI_TOWN)
                        .param("programme", "NO_SUCH_PROGRAMME"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                        .select("#problem")
                        .text())
                .contains("不能创建空批次");
    }

    @Test
    void theApiCreatesABatchThatOnlyAnotherStaffMemberMayApproveBeforeItsFileIsHandedOut() throws Exception {
        RequestPostProcessor county = staff.api("county");

        JsonNode created = createThroughTheApi(county);

        long id = created.get("batch").get("id").asLong();
        assertThat(created.get("missingCardCount").asLong()).isEqualTo(1);
        assertThat(created.get("batch").get("controlCount").asLong()).isEqualTo(11);
        assertThat(status(post("/api/v1/payout-batches/" + id + "/approve"), county))
                .isEqualTo(409);
        assertThat(status(post("/api/v1/payout-batches/" + id + "/bank-file?template=csv"), county))
                .isEqualTo(409);
        assertThat(status(post("/api/v1/payout-batches/" + id + "/approve"), staff.api("county2")))
                .isEqualTo(200);
    }

    @Test
    void theApiHandsOutTheSameFileTwiceButNotOutsideTheScopeNorInAnUnknownTemplate() throws Exception {
        RequestPostProcessor county = staff.api("county");
        RequestPostProcessor county2 = staff.api("county2");
        long id = createThroughTheApi(county).get("batch").get("id").asLong();
        assertThat(status(post("/api/v1/payout-batches/" + id + "/approve"), county2))
                .isEqualTo(200);

        MockHttpServletResponse first = mvc.perform(post("/api/v1/payout-batches/" + id + "/bank-file?template=xlsx")
                        .with(county))
                .andReturn()
                .getResponse();
        MockHttpServletResponse second = mvc.perform(post("/api/v1/payout-batches/" + id + "/bank-file?template=xlsx")
                        .with(county2))
                .andReturn()
                .getResponse();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getHeader("X-Content-SHA256")).isEqualTo(first.getHeader("X-Content-SHA256"));
        assertThat(status(get("/api/v1/payout-batches/" + id), staff.api("school")))
                .isEqualTo(404);
        assertThat(status(post("/api/v1/payout-batches/" + id + "/bank-file?template=nope"), county))
                .isEqualTo(400);
        assertThat(mvc.perform(get("/v3/api-docs").with(county))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/payout-batches/{id}/bank-file");
    }

    /** Creates the township's batch of the programme through the API; returns the answer's body. */
    private JsonNode createThroughTheApi(RequestPostProcessor county) throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/payout-batches")
                        .with(county)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"" + TERM.code() + "\",\"townshipCode\":\"" + SANSHI_TOWN
                                + "\",\"programmeCode\":\"" + PROGRAMME + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        return new ObjectMapper().readTree(created.getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(MockHttpServletRequestBuilder request, RequestPostProcessor account) throws Exception {
        return mvc.perform(request.with(account)).andReturn().getResponse().getStatus();
    }
}
