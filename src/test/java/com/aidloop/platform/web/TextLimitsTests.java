package com.aidloop.platform.web;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.TestAccounts;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.InvalidInput;
import com.aidloop.testing.Login;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every text a person types has a limit that names the field, and every text column of the
 * database a bound of its own (an exception note of 2,000,000 characters was once stored).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TextLimitsTests {

    private static final String TWO_MILLION = "长".repeat(2_000_000);

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
    void everyTextColumnHasALengthBound() {
        List<String> unbounded = jdbc.sql("""
                SELECT c.table_name || '.' || c.column_name
                  FROM information_schema.columns c
                  JOIN information_schema.tables t
                    ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
                 WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying')
                   AND c.character_maximum_length IS NULL
                   AND c.table_name NOT LIKE 'event_publication%' AND c.table_name NOT LIKE 'spring_session%'
                   AND c.table_name <> 'flyway_schema_history'
                   AND NOT EXISTS (
                       SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                        WHERE k.contype = 'c' AND k.conrelid = (quote_ident(c.table_name))::regclass AND a.attname = c.column_name
                          AND pg_get_constraintdef(k.oid) ~ '(length\\(|~ ''\\^|ANY \\(ARRAY\\[|= ''[^'']*''::text\\))')
                 ORDER BY 1
                """).query(String.class).list();

        assertThat(unbounded)
                .as("text columns without a length bound (add one in a migration)")
                .isEmpty();
    }

    @Test
    void aTwoMillionCharacterNoteIsRefusedByNameOnTheApiAndNothingIsStored() throws Exception {
        long exception = openException();

        mvc.perform(post("/api/v1/payout-exceptions/{id}/decision", exception)
                        .header("Authorization", "Bearer " + Login.token(mvc, staff, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DISMISS\",\"text\":\"" + TWO_MILLION + "\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.detail").value("内容过长：最多500个字符，现有2000000个，请缩短后重试"));

        assertThat(resolution(exception)).isEmpty();
    }

    @Test
    void aTooLongNoteOnThePageIsRefusedInChinese() throws Exception {
        long exception = openException();

        String page = mvc.perform(post("/payout-exceptions/{id}/decision", exception)
                        .session(Login.session(mvc, staff, TestAccounts.PASSWORD))
                        .with(csrf())
                        .param("kind", "DISMISS")
                        .param("text", "x".repeat(501))
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("内容过长：最多500个字符，现有501个");
        assertThat(resolution(exception)).isEmpty();
    }

    @Test
    void theDatabaseRefusesWhatTheApplicationMissedAndThePersonIsToldWhichField() {
        long exception = openException();

        DataIntegrityViolationException refused =
                catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.sql(
                                "UPDATE disbursement_exception SET resolution = :text WHERE id = :id")
                        .param("text", TWO_MILLION)
                        .param("id", exception)
                        .update());

        InvalidInput answer = StoredTextTooLong.from(refused).orElseThrow();
        assertThat(answer.concerns("resolution")).isTrue();
        assertThat(answer.getLocalizedMessage()).isEqualTo("“resolution”内容过长，超出了系统允许的长度，请缩短后重试");
        assertThat(resolution(exception)).isEmpty();
    }

    private long openException() {
        Batch batch = fixtures.exported(1);
        byte[] file = csv(List.of(csvLine(2, "外批次", "10.00", "PY2031A9999999990", "成功", "")))
                .getBytes(StandardCharsets.UTF_8);
        try {
            mvc.perform(multipart("/api/v1/payout-batches/{id}/return-files", batch.id())
                            .file(new MockMultipartFile("file", "r.csv", "text/csv", file))
                            .header("Authorization", "Bearer " + Login.token(mvc, staff, TestAccounts.PASSWORD)))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return jdbc.sql("SELECT id FROM disbursement_exception WHERE batch_id = :b")
                .param("b", batch.id())
                .query(Long.class)
                .single();
    }

    private String resolution(long exception) {
        return jdbc.sql("SELECT coalesce(resolution, '') FROM disbursement_exception WHERE id = :id")
                .param("id", exception)
                .query(String.class)
                .single();
    }
}
