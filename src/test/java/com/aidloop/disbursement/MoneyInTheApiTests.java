package com.aidloop.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Money in the API is one shape everywhere: a string of yuan with two decimals ("1250.00"), never
 * a JSON number (9400.00 or 9400.0) nor an object ({"yuan": 5250.0, "negative": false}), and the
 * OpenAPI description says so. Walks whole answers of the roster, progress, integrity, batch and
 * reconciliation APIs over a part-paid term.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MoneyInTheApiTests {

    private static final Term TERM = new Term(2005, Term.Semester.SPRING);
    private static final Pattern MONEY_FIELD = Pattern.compile("(?i).*(amount|budget|expected|actual)$");
    private static final Pattern MONEY = Pattern.compile("^-?\\d+\\.\\d{2}$");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    DemoStaff staff;
    ProgressFixtures.Scenario scenario;

    @BeforeEach
    void partlyPayTheTermWithABreak() {
        staff = new DemoStaff(mvc);
        scenario = ProgressFixtures.partlyPaid(jdbc, TERM);
        ProgressFixtures.payTooMuch(jdbc, TERM);
    }

    @Test
    void everyAmountInRepresentativeAnswersIsAStringWithTwoDecimals() throws Exception {
        List<String> moneyFields = new ArrayList<>();
        for (String answer : List.of(
                "/api/v1/payout-progress?term=" + TERM.code(),
                "/api/v1/payout-integrity?term=" + TERM.code(),
                "/api/v1/payout-batches?term=" + TERM.code(),
                "/api/v1/payout-batches/" + scenario.batchId(),
                "/api/v1/payout-batches/" + scenario.batchId() + "/payments",
                "/api/v1/payout-batches/" + scenario.batchId() + "/reconciliation",
                "/api/v1/rosters/summary?term=" + TERM.code())) {
            String body = mvc.perform(get(answer).with(staff.api("county")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            walk(answer, "$", json.readTree(body), moneyFields);
        }

        assertThat(moneyFields)
                .as("amounts seen")
                .hasSizeGreaterThan(30)
                .anyMatch(f -> f.contains("reconciliation") && f.endsWith(".paid.amount"))
                .anyMatch(f -> f.contains("integrity") && f.endsWith(".expected"))
                .anyMatch(f -> f.contains("rosters") && f.endsWith(".total.amount"));
    }

    @Test
    void theApiDescriptionGivesMoneyAsAStringOfTwoDecimals() throws Exception {
        JsonNode schemas = json.readTree(mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("components")
                .path("schemas");
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            if (schema.getKey().endsWith("Request")) {
                continue; // requests take amounts as typed ("1,250.00元"), read by Money.yuan
            }
            for (Map.Entry<String, JsonNode> property :
                    schema.getValue().path("properties").properties()) {
                if (MONEY_FIELD.matcher(property.getKey()).matches()
                        && !property.getValue().has("$ref")) {
                    String where = schema.getKey() + "." + property.getKey();
                    assertThat(property.getValue().path("type").asString())
                            .as(where)
                            .isEqualTo("string");
                    assertThat(property.getValue().path("pattern").asString())
                            .as(where)
                            .isEqualTo("^-?\\d+\\.\\d{2}$");
                    assertThat(property.getValue().path("example").asString())
                            .as(where)
                            .isEqualTo("5250.00");
                    described.add(where);
                }
            }
        }

        assertThat(described)
                .hasSizeGreaterThan(10)
                .contains("Figure.amount", "Batch.controlAmount", "ConfirmationBody.amount");
    }

    /** Every number is whole, no object spells out a Money's parts, every amount field is a two-decimal string. */
    private static void walk(String answer, String path, JsonNode node, List<String> moneyFields) {
        if (node.isNumber()) {
            assertThat(node.isIntegralNumber())
                    .as(answer + " " + path + " is a whole number, not money: " + node)
                    .isTrue();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(answer, path + "[" + i + "]", node.get(i), moneyFields);
            }
        }
        if (node.isObject()) {
            assertThat(node.has("yuan") || node.has("negative"))
                    .as(answer + " " + path + " spells out a Money")
                    .isFalse();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String where = path + "." + field.getKey();
                if (MONEY_FIELD.matcher(field.getKey()).matches()
                        && !field.getValue().isNull()) {
                    assertThat(field.getValue().isString())
                            .as(answer + " " + where + " is a string: " + field.getValue())
                            .isTrue();
                    assertThat(field.getValue().asString())
                            .as(answer + " " + where)
                            .matches(MONEY);
                    moneyFields.add(answer + " " + where);
                }
                walk(answer, where, field.getValue(), moneyFields);
            }
        }
    }
}
