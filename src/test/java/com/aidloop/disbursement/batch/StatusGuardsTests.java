package com.aidloop.disbursement.batch;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aidloop.disbursement.BatchChangedMeanwhile;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Money;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL that writes a status agrees with the state machine, status by status, against
 * PostgreSQL: the bulk settlement moves exactly the payments {@link PaymentStatus} lets move, and
 * saving a batch writes exactly the moves {@link BatchStatus} allows.
 */
@SpringBootTest
@Transactional
class StatusGuardsTests {

    @Autowired
    PaymentRecords payments;

    @Autowired
    BatchRecords batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    static Stream<Arguments> settlements() {
        return Arrays.stream(PaymentStatus.values()).flatMap(from -> Stream.of(PaymentStatus.PAID, PaymentStatus.FAILED)
                .flatMap(to ->
                        Stream.of(Arguments.of(from, to, "every move"), Arguments.of(from, to, "a bank's result"))));
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("settlements")
    void theSettlementMovesExactlyThePaymentsTheStateMachineLetsMove(
            PaymentStatus from, PaymentStatus to, String rule) {
        ReconciliationFixtures.Payment payment =
                new ReconciliationFixtures(jdbc, sensitive).exported(1).payment(1);
        jdbc.sql("""
                        UPDATE disbursement_payment SET status = :s, settled_at = CASE WHEN :s = 'PENDING' THEN NULL ELSE now() END,
                               failure_reason = CASE WHEN :s = 'FAILED' THEN '账户已销户' END
                         WHERE id = :id
                        """).param("s", from.name()).param("id", payment.id()).update();
        Set<PaymentStatus> allowed =
                rule.equals("every move") ? EnumSet.allOf(PaymentStatus.class) : PaymentStatus.settledByBank();

        int moved = payments.settle(List.of(new PaymentSettlement(payment.id(), to, "户名不符")), allowed);

        boolean expected = allowed.contains(from) && from.canMoveTo(to);
        assertThat(moved).isEqualTo(expected ? 1 : 0);
        assertThat(statusOf("disbursement_payment", payment.id())).isEqualTo(expected ? to.name() : from.name());
    }

    static Stream<Arguments> batchMoves() {
        return Arrays.stream(BatchStatus.values())
                .flatMap(from -> Arrays.stream(BatchStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "stored {0}, saved {1}")
    @MethodSource("batchMoves")
    void savingABatchWritesExactlyTheMovesTheStateMachineAllows(BatchStatus stored, BatchStatus saved) {
        long id = new ReconciliationFixtures(jdbc, sensitive).batchRow(TOWNSHIP, "国家助学金", 0);
        jdbc.sql("UPDATE disbursement_batch SET status = :s, reconciled_at = now() WHERE id = :id")
                .param("s", stored.name())
                .param("id", id)
                .update();
        PayoutBatch read = batches.find(id, COUNTY_SCOPE).orElseThrow();

        Throwable refused = catchThrowable(() -> batches.save(as(read, saved)));

        boolean allowed = stored == saved || stored.canMoveTo(saved);
        if (allowed) {
            assertThat(refused).isNull();
        } else {
            assertThat(refused).isInstanceOf(BatchChangedMeanwhile.class);
        }
        assertThat(statusOf("disbursement_batch", id)).isEqualTo(allowed ? saved.name() : stored.name());
    }

    /** The batch as read, claiming another status (with the facts that status needs in the table). */
    private static PayoutBatch as(PayoutBatch b, BatchStatus status) {
        boolean approved = status != BatchStatus.DRAFT;
        boolean exported = status == BatchStatus.EXPORTED || status == BatchStatus.RECONCILED;
        Instant now = Instant.now();
        return new PayoutBatch(
                b.id(),
                b.version(),
                b.reference(),
                b.term(),
                b.townshipCode(),
                b.programmeCode(),
                b.programmeName(),
                status,
                new ControlTotals(0, Money.ZERO),
                b.createdBy(),
                b.createdAt(),
                approved ? "checker" : null,
                approved ? now : null,
                exported ? "checker" : null,
                exported ? now : null,
                exported ? "csv" : null,
                status == BatchStatus.RECONCILED ? now : null,
                java.util.List.of(new com.aidloop.disbursement.BatchContributor(
                        b.createdBy(), com.aidloop.disbursement.Contribution.CREATED, now)));
    }

    private String statusOf(String table, long id) {
        return jdbc.sql("SELECT status FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
