package com.aidloop.disbursement.reconciliation.web;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.TestAccounts;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.testing.Login;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reconciliation pages and API for county staff of 湘阴县 (430624), and 404 for the county next door. */
@SpringBootTest
@AutoConfigureMockMvc
class ReconciliationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    AccountManagement accounts;

    ReconciliationFixtures fixtures;
    String staff;

    @BeforeEach
    void aCountyStaffOfXiangyin() {
        fixtures = new ReconciliationFixtures(jdbc, sensitive);
        staff = ReconciliationFixtures.countyStaff(accounts);
    }

    @Test
    void uploadsOnThePageAndShowsTheResultAndTheQueue() throws Exception {
        Batch batch = fixtures.exported(3);
        MockHttpSession session = TestAccounts.login(mvc, staff, TestAccounts.PASSWORD);

        String page = uploadOnThePageOneFailedAndOneWrongAmount(batch, session);

        assertThat(html(get(page), session))
                .contains(batch.reference())
                .contains("卡已销户")
                .contains("***************1234")
                .contains("金额不符")
                .doesNotContain(ReconciliationFixtures.CARD);
        assertThat(html(get("/payout-exceptions").param("batch", String.valueOf(batch.id())), session))
                .contains("99.00")
                .contains("标记已发放");
    }

    @Test
    void decidesTheQueueAndReissuesOnThePagesUntilTheBatchIsReconciled() throws Exception {
        Batch batch = fixtures.exported(3);
        MockHttpSession session = TestAccounts.login(mvc, staff, TestAccounts.PASSWORD);
        String page = uploadOnThePageOneFailedAndOneWrongAmount(batch, session);
        long exceptionId = jdbc.sql("SELECT id FROM disbursement_exception WHERE batch_id = :b")
                .param("b", batch.id())
                .query(Long.class)
                .single();

        mvc.perform(post("/payout-exceptions/{id}/decision", exceptionId)
                        .session(session)
                        .with(csrf())
                        .param("kind", "MARK_FAILED")
                        .param("text", "银行确认金额有误未入账")
                        .param("version", "0")
                        .param("back", page))
                .andExpect(redirectedUrl(page));
        mvc.perform(post("/payments/{id}/reissue", batch.payment(2).id())
                        .session(session)
                        .with(csrf())
                        .param("batch", String.valueOf(batch.id()))
                        .param("cardNumber", "6217002710000684874"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", containsString("***************4874")));

        assertThat(fixtures.status(batch.id())).isEqualTo("RECONCILED");
        assertThat(html(get(page), session)).contains("已对账").contains("已重新发放");
    }

    @Test
    void theApiUploadsAReturnFileOnceAndReportsTheBatch() throws Exception {
        Batch batch = fixtures.exported(2);
        String token = token(staff, TestAccounts.PASSWORD);

        uploadThroughTheApiOnePaidAndOneOfNoBatch(batch, token)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paid").value(1))
                .andExpect(jsonPath("$.exceptions[0]").value(containsString("不是本批次")));
        uploadThroughTheApiOnePaidAndOneOfNoBatch(batch, token)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("不能重复上传")));
        mvc.perform(get("/api/v1/payout-batches/{id}/reconciliation", batch.id())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paid.count").value(1))
                .andExpect(jsonPath("$.pending.count").value(1))
                .andExpect(jsonPath("$.openExceptions").value(1))
                .andExpect(jsonPath("$.sms.PENDING").value(1));
        onlyExceptionThroughTheApi(batch, token);
    }

    @Test
    void theApiDecidesAnExceptionOnceAndRefusesWhatARuleForbids() throws Exception {
        Batch batch = fixtures.exported(2);
        String token = token(staff, TestAccounts.PASSWORD);
        uploadThroughTheApiOnePaidAndOneOfNoBatch(batch, token).andExpect(status().isCreated());
        long id = onlyExceptionThroughTheApi(batch, token);

        decide(token, id, "{\"kind\":\"MARK_PAID\",\"text\":\"\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("只能驳回")));
        decide(token, id, "{\"kind\":\"DISMISS\",\"text\":\"\",\"version\":0}")
                .andExpect(status().isUnprocessableContent());
        decide(token, id, "{\"kind\":\"DISMISS\",\"text\":\"他行批次\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exception.open").value(false));
        decide(token, id, "{\"kind\":\"DISMISS\",\"text\":\"他行批次\",\"version\":0}")
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/payments/{id}/reissue", batch.payment(1).id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardNumber\":\"6217002710000684874\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("只有发放失败的支付可以重新发放")));
    }

    @Test
    void aReturnFileUploadedASecondTimeIsRefusedAndAuditedWithWhoWhatAndWhy() throws Exception {
        Batch batch = fixtures.exported(2);
        MockHttpSession session = TestAccounts.login(mvc, staff, TestAccounts.PASSWORD);
        byte[] file = csv(List.of(csvLine(batch.payment(1), "成功", ""))).getBytes(StandardCharsets.UTF_8);
        String page = "/payout-batches/" + batch.id() + "/reconciliation";

        for (int upload = 0; upload < 2; upload++) {
            mvc.perform(multipart("/payout-batches/{id}/return-files", batch.id())
                            .file(new MockMultipartFile("file", "回盘.csv", "text/csv", file))
                            .session(session)
                            .with(csrf()))
                    .andExpect(redirectedUrl(page));
        }

        var refused =
                jdbc.sql("""
                SELECT actor, client_ip, object_type, summary FROM audit_event
                WHERE action = 'REFUSED_DUPLICATE_UPLOAD' AND object_id = :id
                """).param("id", String.valueOf(batch.id())).query().singleRow();
        assertThat(refused)
                .containsEntry("actor", staff)
                .containsEntry("client_ip", "127.0.0.1")
                .containsEntry("object_type", "payout_batch");
        assertThat((String) refused.get("summary"))
                .contains(
                        "不能重复上传",
                        "reconciliation.refused.sameFile",
                        "POST /payout-batches/" + batch.id() + "/return-files");
    }

    @Test
    void staffOfAnotherCountyGet404AndRolesWithoutPayoutRightsGet403() throws Exception {
        Batch batch = fixtures.exported(1);
        String county = token("county", "Pingjiang@2026");
        String school = token("school", "Pingjiang@2026");
        String township = token("township", "Pingjiang@2026");

        mvc.perform(get("/api/v1/payout-batches/{id}/reconciliation", batch.id())
                        .header("Authorization", "Bearer " + county))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/payout-batches/{id}/return-files", batch.id())
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + county))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/payments/{id}/reissue", batch.payment(1).id())
                        .header("Authorization", "Bearer " + county)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardNumber\":\"6217002710000684874\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payout-batches/{id}/reconciliation", batch.id())
                        .header("Authorization", "Bearer " + school))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payout-exceptions").header("Authorization", "Bearer " + school))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payout-batches/{id}/reconciliation", batch.id())
                        .header("Authorization", "Bearer " + township))
                .andExpect(status().isForbidden());
        assertThat(fixtures.count("SELECT count(*) FROM disbursement_return_file WHERE batch_id = :batch", batch.id()))
                .isZero();
    }

    /** Uploads on the page a return file: line 1 paid, line 2 failed (卡已销户), line 3 paid a wrong amount; returns the batch's page. */
    private String uploadOnThePageOneFailedAndOneWrongAmount(Batch batch, MockHttpSession session) throws Exception {
        byte[] file = csv(List.of(
                        csvLine(batch.payment(1), "成功", ""),
                        csvLine(batch.payment(2), "失败", "卡已销户"),
                        csvLine(
                                3,
                                batch.payment(3).payeeName(),
                                "99.00",
                                batch.payment(3).reference(),
                                "成功",
                                "")))
                .getBytes(StandardCharsets.UTF_8);
        String page = "/payout-batches/" + batch.id() + "/reconciliation";
        mvc.perform(multipart("/payout-batches/{id}/return-files", batch.id())
                        .file(new MockMultipartFile("file", "回盘.csv", "text/csv", file))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", containsString("成功1笔，失败1笔")));
        return page;
    }

    private String html(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Uploads through the API a return file: line 1 paid, and a line of a payment of no batch. */
    private ResultActions uploadThroughTheApiOnePaidAndOneOfNoBatch(Batch batch, String token) throws Exception {
        byte[] file = csv(List.of(
                        csvLine(batch.payment(1), "成功", ""), csvLine(2, "外批次", "10.00", "PY2031A9999999990", "成功", "")))
                .getBytes(StandardCharsets.UTF_8);
        return mvc.perform(multipart("/api/v1/payout-batches/{id}/return-files", batch.id())
                .file(new MockMultipartFile("file", "r.csv", "text/csv", file))
                .header("Authorization", "Bearer " + token));
    }

    /** The id of the batch's one exception, as the API lists it. */
    private long onlyExceptionThroughTheApi(Batch batch, String token) throws Exception {
        String list = mvc.perform(get("/api/v1/payout-exceptions")
                        .param("batch", String.valueOf(batch.id()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new ObjectMapper().readTree(list).get("content").get(0).get("id").asLong();
    }

    private ResultActions decide(String token, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/payout-exceptions/{id}/decision", id)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String token(String username, String password) {
        return Login.token(mvc, username, password);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
