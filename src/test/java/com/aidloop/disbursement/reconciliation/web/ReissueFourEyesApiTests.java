package com.aidloop.disbursement.reconciliation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.Login;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 1, through the API with the demo county's two county staff: {@code county}
 * reissues one failed payment (the reissue batch is created), {@code county2} reissues another
 * with a card of its own choosing into the same batch — and then neither may approve it. A third
 * person, who put nothing into the batch, approves it, and only then do the corrected cards reach
 * the students' registry records (item 2).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReissueFourEyesApiTests {

    private static final Term TERM = new Term(2067, Term.Semester.SPRING);
    private static final String SANSHI_SCHOOL = "2143062611";
    private static final String COUNTYS_CARD = "6217002710000684874";
    private static final String COUNTY2S_CARD = "6228480000000012344";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SensitiveData sensitive;

    private final JsonMapper json = JsonMapper.builder().build();
    DemoStaff staff;

    @BeforeEach
    void confirmedAwardsOfDemoStudentsLivingInSanshi() {
        staff = new DemoStaff(mvc);
        PayoutFixtures.clear(jdbc, TERM);
        for (int nth = 20; nth < 24; nth++) {
            String card = PayoutFixtures.card(nth);
            AwardSeeds.award(TERM, SANSHI_SCHOOL, nth)
                    .householdIn(PayoutFixtures.SANSHI_TOWN)
                    .confirmed()
                    .facts(AwardSeeds.Facts.STUDENTS_OWN.card(
                            new AwardSeeds.Card("平江县农村商业银行", Masking.bankCard(card), null)))
                    .sealed(new AwardSeeds.Sealed(
                            null, sensitive.seal(card), sensitive.blindIndex(SensitiveKind.BANK_CARD, card)))
                    .insert(jdbc);
        }
    }

    @Test
    void nobodyWhoPutALineOrACardIntoAReissueBatchApprovesIt() throws Exception {
        JsonNode[] failed = anExportedBatchWithTwoFailedPayments();

        JsonNode first = reissue(
                "county", failed[0], "{\"cardNumber\": \"" + COUNTYS_CARD + "\", \"cardBank\": \"中国建设银行平江支行\"}");
        JsonNode second = reissue("county2", failed[1], "{\"cardNumber\": \"" + COUNTY2S_CARD + "\"}");
        long reissueBatch = first.get("batchId").asLong();
        assertThat(first.get("newBatch").asBoolean()).isTrue();
        assertThat(second.get("batchId").asLong())
                .as("county2's reissue goes into county's draft")
                .isEqualTo(reissueBatch);

        approve("county2", reissueBatch)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("您参与了本批次的编制")));
        approve("county", reissueBatch).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/payout-batches/{id}", reissueBatch).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.contributors[*].username")
                        .value(org.hamcrest.Matchers.hasItems("county", "county2")))
                .andExpect(jsonPath("$.contributors[?(@.username == 'county2')].contribution")
                        .value("REISSUED"));
        String page = mvc.perform(get("/payout-batches/{id}", reissueBatch).with(staff.page("county2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("id=\"approve\"").contains("id=\"contributor-note\"", "您参与了本批次的编制", "王建国（重新发放");
        long student = failed[0].get("studentId").asLong();
        mvc.perform(get("/api/v1/students/{id}", student).with(staff.api("county")))
                .andExpect(
                        jsonPath("$.aidCard.cardNumberMasked").value(org.hamcrest.Matchers.not(containsString("4874"))))
                .andExpect(jsonPath("$.pendingCardChange.newCardMasked").value("***************4874"))
                .andExpect(jsonPath("$.pendingCardChange.carrierBatchReference")
                        .value(first.get("batchReference").asString()));

        RequestPostProcessor third = thirdCountyStaff();
        approve(third, reissueBatch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/students/{id}/sensitive", student).with(third))
                .andExpect(jsonPath("$.aidCardNumber").value(COUNTYS_CARD));
        mvc.perform(get("/api/v1/students/{id}", student).with(third))
                .andExpect(jsonPath("$.aidCard.bank").value("中国建设银行平江支行"))
                .andExpect(jsonPath("$.pendingCardChange").doesNotExist());
    }

    /** county creates, county2 approves, county exports and uploads a return file with the first two lines failed. */
    private JsonNode[] anExportedBatchWithTwoFailedPayments() throws Exception {
        String created = mvc.perform(post("/api/v1/payout-batches")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\": \"" + TERM.code() + "\", \"townshipCode\": \"" + PayoutFixtures.SANSHI_TOWN
                                + "\", \"programmeCode\": \"" + PayoutFixtures.PROGRAMME + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long batch = json.readTree(created).get("batch").get("id").asLong();
        approve("county2", batch).andExpect(status().isOk());
        mvc.perform(post("/api/v1/payout-batches/{id}/bank-file", batch)
                        .param("template", "csv")
                        .with(staff.api("county")))
                .andExpect(status().isOk());
        JsonNode lines = json.readTree(mvc.perform(get("/api/v1/payout-batches/{id}/payments", batch)
                                .with(staff.api("county")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("content");
        assertThat(lines.size()).as("payable awards of the seeded students").isGreaterThanOrEqualTo(2);
        List<String> csvLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode l = lines.get(i);
            csvLines.add(ReconciliationFixtures.csvLine(
                    l.get("lineNo").asInt(),
                    l.get("payeeName").asString(),
                    l.get("amount").asString(),
                    l.get("reference").asString(),
                    i < 2 ? "失败" : "成功",
                    i < 2 ? "卡已销户" : ""));
        }
        byte[] file = ReconciliationFixtures.csv(csvLines).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/payout-batches/{id}/return-files", batch)
                        .file(new MockMultipartFile("file", "回盘.csv", "text/csv", file))
                        .with(staff.api("county")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.failed").value(2));
        return new JsonNode[] {lines.get(0), lines.get(1)};
    }

    private JsonNode reissue(String who, JsonNode payment, String body) throws Exception {
        return json.readTree(mvc.perform(
                        post("/api/v1/payments/{id}/reissue", payment.get("id").asLong())
                                .with(staff.api(who))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private ResultActions approve(String who, long batch) throws Exception {
        return approve(staff.api(who), batch);
    }

    private ResultActions approve(RequestPostProcessor who, long batch) throws Exception {
        return mvc.perform(post("/api/v1/payout-batches/{id}/approve", batch).with(who));
    }

    /** A county staff of 平江县 who had no part in the batches. */
    private RequestPostProcessor thirdCountyStaff() {
        String username = TestAccounts.uniqueName("county3");
        accounts.ensureDemoAccount(
                username, "平江县资助中心 第三人", Set.of(Role.COUNTY_STAFF), "430626", null, TestAccounts.PASSWORD);
        String token = Login.token(mvc, username, TestAccounts.PASSWORD);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
