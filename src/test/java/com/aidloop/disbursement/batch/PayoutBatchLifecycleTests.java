package com.aidloop.disbursement.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.Contribution;
import com.aidloop.disbursement.PayoutBatchApproved;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.disbursement.PayoutBatchReconciled;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every verb of the batch from every status: the move it makes, or the refusal staff read. A
 * refused verb changes nothing and raises no event.
 */
class PayoutBatchLifecycleTests {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final ControlTotals THREE = new ControlTotals(3, Money.yuan("1062.50"));

    static PayoutBatch in(BatchStatus status) {
        boolean approved = status != BatchStatus.DRAFT;
        boolean exported = status == BatchStatus.EXPORTED || status == BatchStatus.RECONCILED;
        return new PayoutBatch(
                1,
                0,
                "PB2026A000001",
                Term.parse("2026-AUTUMN"),
                "430626102",
                "PRIMARY_LIVING_SUBSIDY",
                "生活补助",
                status,
                THREE,
                "county",
                NOW,
                approved ? "county2" : null,
                approved ? NOW : null,
                exported ? "county" : null,
                exported ? NOW : null,
                exported ? "csv" : null,
                status == BatchStatus.RECONCILED ? NOW : null,
                java.util.List.of(new BatchContributor("county", Contribution.CREATED, NOW)));
    }

    static Consumer<PayoutBatch> verb(String name) {
        return switch (name) {
            case "approve" -> b -> b.approve("county2", NOW, THREE);
            case "export" -> b -> b.markExported("county", NOW, "csv", THREE);
            case "reconcile" -> b -> b.reconcile(NOW, 3, 0);
            case "removeLine" ->
                b -> b.removeLine(
                        Money.yuan("312.50"),
                        new com.aidloop.disbursement.BatchContributor(
                                "county", com.aidloop.disbursement.Contribution.REMOVED_LINE, null));
            case "addLine" ->
                b -> b.addLine(Money.yuan("312.50"), new BatchContributor("county3", Contribution.REISSUED, NOW));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{1} a {0} batch: {2}")
    @CsvSource({
        "DRAFT,      approve,    APPROVED",
        "APPROVED,   approve,    BatchAlreadyApproved",
        "EXPORTED,   approve,    BatchAlreadyExported",
        "RECONCILED, approve,    BatchAlreadyExported",
        "DRAFT,      export,     BatchNotApproved",
        "APPROVED,   export,     EXPORTED",
        "EXPORTED,   export,     BatchAlreadyExported",
        "RECONCILED, export,     BatchAlreadyExported",
        "DRAFT,      reconcile,  BatchNotExported",
        "APPROVED,   reconcile,  BatchNotExported",
        "EXPORTED,   reconcile,  RECONCILED",
        "RECONCILED, reconcile,  BatchAlreadyReconciled",
        "DRAFT,      removeLine, DRAFT",
        "APPROVED,   removeLine, DRAFT",
        "EXPORTED,   removeLine, BatchAlreadyExported",
        "RECONCILED, removeLine, BatchAlreadyExported",
        "DRAFT,      addLine,    DRAFT",
        "APPROVED,   addLine,    BatchAlreadyApproved",
        "EXPORTED,   addLine,    BatchAlreadyExported",
        "RECONCILED, addLine,    BatchAlreadyExported"
    })
    void everyVerbFromEveryStatus(BatchStatus from, String name, String expected) {
        PayoutBatch batch = in(from);
        Throwable refusal = catchThrowable(() -> verb(name).accept(batch));
        if (expected.startsWith("Batch")) {
            assertThat(refusal).isNotNull();
            assertThat(refusal.getClass().getSimpleName()).isEqualTo(expected);
            assertThat(batch.status()).isEqualTo(from);
            assertThat(batch.control()).isEqualTo(THREE);
            assertThat(batch.events()).isEmpty();
        } else {
            assertThat(refusal).isNull();
            assertThat(batch.status()).isEqualTo(BatchStatus.valueOf(expected));
            assertThat(from == batch.status() || from.canMoveTo(batch.status())).isTrue();
        }
    }

    @Test
    void approvalExportAndReconciliationArePublishedInThePastTense() {
        PayoutBatch batch = in(BatchStatus.DRAFT);
        batch.approve("county2", NOW, THREE);
        assertThat(batch.events())
                .containsExactly(new PayoutBatchApproved(
                        1,
                        "PB2026A000001",
                        Term.parse("2026-AUTUMN"),
                        "430626102",
                        "PRIMARY_LIVING_SUBSIDY",
                        3,
                        Money.yuan("1062.50"),
                        "county2",
                        NOW));

        PayoutBatch approved = in(BatchStatus.APPROVED);
        approved.markExported("county", NOW, "fixed", THREE);
        assertThat(approved.events())
                .containsExactly(new PayoutBatchExported(
                        1,
                        "PB2026A000001",
                        Term.parse("2026-AUTUMN"),
                        "430626102",
                        "PRIMARY_LIVING_SUBSIDY",
                        3,
                        Money.yuan("1062.50"),
                        "fixed",
                        "county",
                        NOW));

        PayoutBatch exported = in(BatchStatus.EXPORTED);
        exported.reconcile(NOW, 2, 1);
        assertThat(exported.reconciledAt()).isEqualTo(NOW);
        assertThat(exported.events())
                .containsExactly(new PayoutBatchReconciled(
                        1,
                        "PB2026A000001",
                        Term.parse("2026-AUTUMN"),
                        "430626102",
                        "PRIMARY_LIVING_SUBSIDY",
                        2,
                        1,
                        NOW));
    }

    @Test
    void aReissuedLineGrowsTheDraftsControlTotals() {
        PayoutBatch batch = in(BatchStatus.DRAFT);
        batch.addLine(Money.yuan("312.50"), new BatchContributor("county3", Contribution.REISSUED, NOW));
        assertThat(batch.control()).isEqualTo(new ControlTotals(4, Money.yuan("1375.00")));
        assertThat(batch.contributors()).extracting(BatchContributor::username).containsExactly("county", "county3");
    }
}
