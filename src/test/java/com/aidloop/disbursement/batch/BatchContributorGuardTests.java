package com.aidloop.disbursement.batch;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own guard of maker–checker over every contributor (V44), proved by going around
 * the domain with plain SQL: a batch records its creator however it is inserted, nobody who put
 * anything into a batch can be written as its approver, an approver cannot be written in as a
 * contributor afterwards, and the record of contributors is never changed. Each refused statement
 * runs in a savepoint of the test's transaction, which rolls back at the end.
 */
@SpringBootTest
@Transactional
class BatchContributorGuardTests {

    private static final String APPROVE = """
            UPDATE disbursement_batch SET status = 'APPROVED', approved_by = :by, approved_at = now(), version = version + 1
             WHERE id = :id
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long batch;

    @BeforeEach
    void aDraftMadeByOneAndAddedToByAnother() {
        batch = new ReconciliationFixtures(jdbc, null).batchRow(TOWNSHIP, "国家助学金", 0);
        jdbc.sql(
                        "UPDATE disbursement_batch SET status = 'DRAFT', approved_by = NULL, approved_at = NULL, exported_by = NULL,"
                                + " exported_at = NULL WHERE id = :id")
                .param("id", batch)
                .update();
        jdbc.sql(
                        "INSERT INTO disbursement_batch_contributor (batch_id, username, contribution) VALUES (:id, 'reissuer', 'REISSUED')")
                .param("id", batch)
                .update();
    }

    @Test
    void aBatchInsertedBySqlRecordsItsCreatorAsAContributor() {
        assertThat(jdbc.sql(
                                "SELECT username || ':' || contribution FROM disbursement_batch_contributor WHERE batch_id = :id ORDER BY 1")
                        .param("id", batch)
                        .query(String.class)
                        .list())
                .containsExactly("maker:CREATED", "reissuer:REISSUED");
    }

    @Test
    void aPlainSqlUpdateCannotMakeAContributorTheApprover() {
        Throwable byReissuer = inSavepoint(() ->
                jdbc.sql(APPROVE).param("by", "reissuer").param("id", batch).update());

        assertThat(byReissuer)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("may not be approved by reissuer, who contributed to it (maker-checker)");
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(inSavepoint(() -> jdbc.sql(APPROVE)
                        .param("by", "checker")
                        .param("id", batch)
                        .update()))
                .isNull();
        assertThat(status()).isEqualTo("APPROVED");
    }

    @Test
    void theApproverCannotBeWrittenInAsAContributorAfterwards() {
        jdbc.sql(APPROVE).param("by", "checker").param("id", batch).update();

        Throwable late = inSavepoint(() -> jdbc.sql("""
                INSERT INTO disbursement_batch_contributor (batch_id, username, contribution) VALUES (:id, 'checker', 'REISSUED')""").param("id", batch).update());

        assertThat(late)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(
                        "checker approved payout batch " + batch + " and may not contribute to it (maker-checker)");
    }

    @Test
    void contributorsAreNeverChangedOrRemovedButGoWithTheirBatch() {
        Throwable renamed = inSavepoint(
                () -> jdbc.sql("UPDATE disbursement_batch_contributor SET username = 'someone' WHERE batch_id = :id")
                        .param("id", batch)
                        .update());
        Throwable removed =
                inSavepoint(() -> jdbc.sql("DELETE FROM disbursement_batch_contributor WHERE batch_id = :id")
                        .param("id", batch)
                        .update());

        assertThat(List.of(renamed, removed)).allSatisfy(t -> assertThat(t)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("never changed or removed"));
        jdbc.sql("DELETE FROM disbursement_batch WHERE id = :id")
                .param("id", batch)
                .update();
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_batch_contributor WHERE batch_id = :id")
                        .param("id", batch)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String status() {
        return jdbc.sql("SELECT status FROM disbursement_batch WHERE id = :id")
                .param("id", batch)
                .query(String.class)
                .single();
    }

    /** Runs the statement in a savepoint; returns what refused it, or null. The test's transaction goes on either way. */
    private Throwable inSavepoint(Runnable statement) {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return catchThrowable(() -> savepoint.executeWithoutResult(status -> statement.run()));
    }
}
