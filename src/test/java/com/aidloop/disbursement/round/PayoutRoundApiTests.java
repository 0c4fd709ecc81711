package com.aidloop.disbursement.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payout rounds through the API with the demo county's staff: one batch per issuing bank holding
 * only that bank's cards; the round's scope (a township, a school and another county see nothing);
 * four eyes over the whole round, 驳回 with an opinion, correction and resubmission.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PayoutRoundApiTests {

    private static final Term TERM = new Term(2068, Term.Semester.SPRING);
    private static final String ANDING_TOWN = "430626101";
    private static final String OTHER = "COUNTY_TEMPORARY_RELIEF";
    private static final String[] BANKS = {"湖南平江农村商业银行", "中国邮政储蓄银行平江县支行", "平江农商行", "中国建设银行平江支行"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    private final JsonMapper json = JsonMapper.builder().build();
    DemoStaff staff;

    @BeforeEach
    void awardsWithCardsOfThreeBanksInTwoTownships() {
        staff = new DemoStaff(mvc);
        PayoutFixtures.clear(jdbc, TERM);
        PayoutFixtures.confirmedAwards(
                jdbc,
                sensitive,
                TERM,
                PayoutFixtures.SANSHI_TOWN,
                PayoutFixtures.PROGRAMME,
                1,
                12,
                Set.of(5, 9),
                n -> BANKS[n % BANKS.length]);
        PayoutFixtures.confirmedAwards(
                jdbc, sensitive, TERM, ANDING_TOWN, OTHER, 101, 4, Set.of(), n -> BANKS[n % BANKS.length]);
    }

    @Test
    void aRoundPaysEveryChosenProgrammeOfTheCountyInOneBatchPerBank() throws Exception {
        mvc.perform(get("/api/v1/payout-rounds/preview")
                        .param("term", TERM.code())
                        .param("programme", PayoutFixtures.PROGRAMME, OTHER)
                        .with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(14))
                .andExpect(jsonPath("$.banks.length()").value(3))
                .andExpect(jsonPath("$.missingCardCount").value(2))
                .andExpect(jsonPath("$.missingCards[*].studentName")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                Masking.personName(PayoutFixtures.name(5)),
                                Masking.personName(PayoutFixtures.name(9)))))
                .andExpect(jsonPath("$.missingCards[0].studentId").isNumber());

        JsonNode round = create("county", List.of(PayoutFixtures.PROGRAMME, OTHER), List.of());

        assertThat(round.get("batches").size()).isEqualTo(3);
        assertThat(round.get("count").asLong()).isEqualTo(14);
        for (JsonNode batch : round.get("batches")) {
            List<String> banks = jdbc.sql("SELECT DISTINCT card_bank FROM disbursement_payment WHERE batch_id = :b")
                    .param("b", batch.get("id").asLong())
                    .query(String.class)
                    .list();
            assertThat(banks)
                    .as("batch " + batch.get("bankName").asString() + " holds only its bank's cards")
                    .allSatisfy(b -> assertThat(IssuingBank.of(b))
                            .isEqualTo(batch.get("bankName").asString()));
            assertThat(batch.get("status").asString()).isEqualTo("DRAFT");
        }
        JsonNode rcc = batchOf(round, "农村商业银行");
        assertThat(rcc.get("controlCount").asLong())
                .as("湖南平江农村商业银行 and 平江农商行 are one bank")
                .isEqualTo(8);
        assertThat(rcc.get("programmeCode").asString()).isEqualTo(PayoutFixtures.PROGRAMME + "," + OTHER);

        mvc.perform(post("/api/v1/payout-rounds")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(List.of(PayoutFixtures.PROGRAMME), List.of())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("均已编入批次")));
    }

    @Test
    void townshipsNarrowTheRoundAndNobodyOutsideTheCountySeesIt() throws Exception {
        JsonNode round = create("county", List.of(PayoutFixtures.PROGRAMME, OTHER), List.of(ANDING_TOWN));
        assertThat(round.get("count").asLong()).isEqualTo(4);
        assertThat(round.get("regionName").asString()).contains("安定镇");
        long id = round.get("id").asLong();

        // 三市镇's reviewer reads the rounds paying 三市镇, not this one of 安定镇
        mvc.perform(get("/api/v1/payout-rounds/{id}", id).with(staff.api("township")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payout-rounds/{id}", id).with(staff.api("school")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/payout-rounds/{id}/approve", id).with(staff.api("township")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/payout-rounds")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(List.of(OTHER), List.of("430627101"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("不在您所在县的范围内")));
        mvc.perform(post("/api/v1/payout-rounds")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(List.of(OTHER), List.of(ANDING_TOWN))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不能创建空的发放轮次")));
    }

    @Test
    void theMakerCannotApproveACheckerRejectsWithAnOpinionAndApprovesWhatWasCorrected() throws Exception {
        JsonNode round = create("county", List.of(PayoutFixtures.PROGRAMME, OTHER), List.of());
        long id = round.get("id").asLong();

        act("county", id, "approve", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("创建人以外")));
        act("county", id, "rejection", "").andExpect(status().isConflict());
        act("county2", id, "rejection", "  ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("审核意见")));
        act("county2", id, "rejection", "建设银行批次第1行卡号疑似有误，请核实后移除")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("已驳回"))
                .andExpect(jsonPath("$.batches[0].review.opinion").value("建设银行批次第1行卡号疑似有误，请核实后移除"));
        act("county2", id, "approve", null).andExpect(status().isConflict());
        act("county2", id, "resubmission", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("编制人")));

        long ccb = batchOf(round(id), "中国建设银行").get("id").asLong();
        long firstLine = jdbc.sql("SELECT id FROM disbursement_payment WHERE batch_id = :b AND line_no = 1")
                .param("b", ccb)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/payout-batches/{id}/payments/{p}/removal", ccb, firstLine)
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"卡号疑似有误，核实后下轮发放\"}"))
                .andExpect(status().isOk());
        act("county", id, "resubmission", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("待审核"));

        act("county2", id, "approve", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("已审核"))
                .andExpect(jsonPath("$.count").value(13));
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_event WHERE object_type = 'payout_round' AND object_id = :id ORDER BY occurred_at, id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .as("created, rejected, resubmitted, approved; the refusals are on the trail too")
                .containsSubsequence("CREATE", "REJECT", "RESUBMIT", "APPROVE");
    }

    @Test
    void aBatchIsRejectedAndResubmittedOnItsOwn() throws Exception {
        JsonNode round = create("county", List.of(PayoutFixtures.PROGRAMME), List.of());
        long batch = round.get("batches").get(0).get("id").asLong();
        mvc.perform(post("/api/v1/payout-batches/{id}/rejection", batch)
                        .with(staff.api("county2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opinion\": \"金额与名单不符\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("已驳回"));
        mvc.perform(post("/api/v1/payout-batches/{id}/approve", batch).with(staff.api("county2")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被驳回")));
        mvc.perform(post("/api/v1/payout-batches/{id}/resubmission", batch).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review").doesNotExist());
        mvc.perform(post("/api/v1/payout-batches/{id}/approve", batch).with(staff.api("county2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    private JsonNode create(String who, List<String> programmes, List<String> townships) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/payout-rounds")
                        .with(staff.api(who))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(programmes, townships)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private JsonNode round(long id) throws Exception {
        return json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/payout-rounds/{id}", id)
                        .with(staff.api("county")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private ResultActions act(String who, long id, String action, String opinion) throws Exception {
        var request = post("/api/v1/payout-rounds/{id}/" + action, id).with(staff.api(who));
        if (opinion != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("opinion", opinion)));
        }
        return mvc.perform(request);
    }

    private String body(List<String> programmes, List<String> townships) {
        return json.writeValueAsString(
                Map.of("term", TERM.code(), "programmeCodes", programmes, "townshipCodes", townships));
    }

    private static JsonNode batchOf(JsonNode round, String bank) {
        for (JsonNode b : round.get("batches")) {
            if (b.get("bankName").asString().equals(bank)) {
                return b;
            }
        }
        throw new AssertionError("no batch of " + bank);
    }
}
