package com.aidloop.disbursement;

import static com.aidloop.disbursement.PayoutFixtures.PROGRAMME;
import static com.aidloop.disbursement.PayoutFixtures.SANSHI_TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The faults of the issue against PostgreSQL: two staff creating the same batch at once, two
 * approving at once (exactly one succeeds each time), and a crash after the bank file is written
 * but before the batch is marked exported (a rerun gives the same file and references).
 */
@SpringBootTest
@RecordApplicationEvents
class PayoutFaultsTests {

    private static final Term TERM = new Term(2062, Term.Semester.SPRING);
    private static final CurrentAccount MAKER = PayoutFixtures.county("county");
    private static final CurrentAccount CHECKER = PayoutFixtures.county("county2");
    private static final CurrentAccount OTHER_CHECKER = PayoutFixtures.county("county-checker3");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PayoutBatches batches;

    @Autowired
    BankFiles bankFiles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clear() {
        PayoutFixtures.clear(jdbc, TERM);
    }

    @Test
    void twoStaffCreatingTheSameBatchAtOnceGiveExactlyOneBatch() throws Exception {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 40, Set.of());
        List<Object> outcomes = race(
                () -> batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER),
                () -> batches.create(TERM, SANSHI_TOWN, PROGRAMME, CHECKER));

        assertThat(outcomes.get(0)).isInstanceOf(CreatedBatch.class);
        assertThat(outcomes.get(1)).isInstanceOf(AwardsAlreadyInBatch.class);
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_batch WHERE term = :t")
                        .param("t", TERM.code())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE term = :t")
                        .param("t", TERM.code())
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
    }

    @Test
    void twoStaffApprovingAtOnceExactlyOneSucceeds() throws Exception {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 5, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();

        List<Object> outcomes = race(
                () -> batches.approve(batch.id(), null, CHECKER),
                () -> batches.approve(batch.id(), null, OTHER_CHECKER));

        assertThat(outcomes.get(0)).isInstanceOf(BatchView.class);
        assertThat(outcomes.get(1)).isInstanceOf(BatchChangedMeanwhile.class);
        BatchView stored = batches.get(batch.id(), MAKER.scope());
        assertThat(stored.approvedBy()).isEqualTo("county2");
        assertThat(stored.version()).isEqualTo(batch.version() + 1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'payout_batch' AND object_id = :id AND action = 'APPROVE'")
                        .param("id", Long.toString(batch.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCrashAfterTheFileIsWrittenButBeforeExportIsCommittedGivesTheSameFileAndReferencesOnRerun() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 25, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        batches.approve(batch.id(), null, CHECKER);
        List<String> references = references(batch.id());

        for (String template : List.of("fixed", "csv", "xlsx")) {
            String[] crashed = new String[1];
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                        crashed[0] =
                                bankFiles.download(batch.id(), template, MAKER).sha256();
                        throw new IllegalStateException("the server stops before the export commits");
                    }))
                    .hasMessageContaining("server stops");
            assertThat(batches.get(batch.id(), MAKER.scope()).status()).isEqualTo(BatchStatus.APPROVED);
            assertThat(jdbc.sql("SELECT count(*) FROM disbursement_bank_file WHERE batch_id = :id")
                            .param("id", batch.id())
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(references(batch.id())).isEqualTo(references);

            BankFile rerun = bankFiles.download(batch.id(), template, MAKER);
            assertThat(rerun.sha256()).isEqualTo(crashed[0]);
            assertThat(batches.get(batch.id(), MAKER.scope()).status()).isEqualTo(BatchStatus.EXPORTED);
            assertThat(references(batch.id())).isEqualTo(references);
            // the batch is exported now; reset it for the next template, as if it had never been downloaded
            jdbc.sql("DELETE FROM disbursement_bank_file WHERE batch_id = :id")
                    .param("id", batch.id())
                    .update();
            jdbc.sql(
                            "UPDATE disbursement_batch SET status = 'APPROVED', exported_at = NULL, exported_by = NULL WHERE id = :id")
                    .param("id", batch.id())
                    .update();
        }
    }

    @Test
    void onlyAnApprovedBatchIsExportedAndAnExportedOneNoLongerChanges() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 3, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        assertThatThrownBy(() -> bankFiles.download(batch.id(), "csv", MAKER)).isInstanceOf(BatchNotApproved.class);
        assertThatThrownBy(() -> bankFiles.summary(batch.id(), "csv", MAKER.scope()))
                .isInstanceOf(BatchNotApproved.class);
        batches.approve(batch.id(), null, CHECKER);
        assertThat(bankFiles.summary(batch.id(), "csv", MAKER.scope()).firstDownload())
                .isTrue();

        BankFile first = bankFiles.download(batch.id(), "csv", MAKER);
        BankFile again = bankFiles.download(batch.id(), "csv", CHECKER);

        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.content()).isEqualTo(first.content());
        BatchView exported = batches.get(batch.id(), MAKER.scope());
        assertThat(exported.status()).isEqualTo(BatchStatus.EXPORTED);
        assertThat(exported.exportedBy()).isEqualTo("county");
        assertThat(exported.bankTemplate()).isEqualTo("csv");
        assertThat(events.stream(PayoutBatchExported.class)).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo(batch.id());
            assertThat(e.bankTemplate()).isEqualTo("csv");
            assertThat(e.exportedBy()).isEqualTo("county");
        });
        assertThat(bankFiles.summary(batch.id(), "csv", MAKER.scope()).firstDownload())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_bank_file WHERE batch_id = :id AND sha256 = :sha")
                        .param("id", batch.id())
                        .param("sha", first.sha256())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT string_agg(summary, '|') FROM audit_event WHERE object_type = 'payout_batch' AND object_id = :id AND action = 'EXPORT'")
                        .param("id", Long.toString(batch.id()))
                        .query(String.class)
                        .single())
                .contains(first.sha256())
                .doesNotContain(PayoutFixtures.card(1));
        long line = batches.lines(batch.id(), MAKER.scope(), com.aidloop.shared.Paging.first())
                .content()
                .getFirst()
                .id();
        assertThatThrownBy(() -> batches.removePayment(batch.id(), line, "卡号存疑", MAKER))
                .isInstanceOf(BatchAlreadyExported.class);
        assertThatThrownBy(() -> batches.approve(batch.id(), null, CHECKER)).isInstanceOf(BatchAlreadyExported.class);
    }

    @Test
    void linesChangedOutsideThePlatformStopApprovalAndExport() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 4, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        jdbc.sql("DELETE FROM disbursement_payment WHERE batch_id = :id AND line_no = 2")
                .param("id", batch.id())
                .update();

        assertThatThrownBy(() -> batches.approve(batch.id(), null, CHECKER)).isInstanceOf(BatchTotalsMismatch.class);
        jdbc.sql(
                        "UPDATE disbursement_batch SET status = 'APPROVED', approved_by = 'county2', approved_at = now() WHERE id = :id")
                .param("id", batch.id())
                .update();
        assertThatThrownBy(() -> bankFiles.download(batch.id(), "fixed", MAKER))
                .isInstanceOf(BatchTotalsMismatch.class);
        assertThat(batches.get(batch.id(), MAKER.scope()).linesMatchControl()).isFalse();
    }

    private List<String> references(long batchId) {
        return jdbc.sql("SELECT reference FROM disbursement_payment WHERE batch_id = :id ORDER BY line_no")
                .param("id", batchId)
                .query(String.class)
                .list();
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second}, in a transaction of
     * its own, is waiting on a lock the first holds; then the first commits. Returns each outcome:
     * the result or the exception thrown.
     */
    private List<Object> race(Supplier<Object> first, Supplier<Object> second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        // two threads of its own: the common pool may have only one on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Object> a = CompletableFuture.supplyAsync(
                () -> outcome(() -> transactions.execute(status -> {
                    Object result = first.get();
                    firstDone.countDown();
                    await(commitFirst);
                    return result;
                })),
                threads);
        assertThat(firstDone.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> b = CompletableFuture.supplyAsync(
                () -> outcome(() -> transactions.execute(status -> second.get())), threads);
        try {
            awaitSomeoneWaitingOnALock();
        } finally {
            commitFirst.countDown();
            threads.shutdown();
        }
        return List.of(a.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), b.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
    }

    /** Polls (outside any transaction, so each look is fresh) until a disbursement statement waits on a lock. */
    private void awaitSomeoneWaitingOnALock() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%disbursement%'""").query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the second transaction never waited on the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object outcome(Supplier<Object> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
