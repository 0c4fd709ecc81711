package com.aidloop.disbursement.reconciliation;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Messages;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The move EXPORTED → RECONCILED, in the transaction of the settlement or decision that made it
 * possible: when every payment is PAID or FAILED and no exception is open. Made by the aggregate
 * ({@link PayoutBatch#reconcile}), so it happens once; audited and published once.
 */
@Component
class BatchReconciling {

    private final BatchRecords batches;
    private final ReconciliationStore store;
    private final AuditTrail audit;

    BatchReconciling(BatchRecords batches, ReconciliationStore store, AuditTrail audit) {
        this.batches = batches;
        this.store = store;
        this.audit = audit;
    }

    /** Reconciles the batch (whose row the caller locked) if it is exported and settled; returns whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean completeIfDone(long batchId, DataScope scope) {
        PayoutBatch batch = batches.find(batchId, scope).orElseThrow();
        if (!batch.status().canMoveTo(BatchStatus.RECONCILED)) {
            return false;
        }
        var totals = store.totals(batchId);
        if (totals.get(PaymentStatus.PENDING).count() > 0 || store.openExceptions(batchId) > 0) {
            return false;
        }
        long paid = totals.get(PaymentStatus.PAID).count();
        long failed = totals.get(PaymentStatus.FAILED).count();
        batch.reconcile(Instant.now(), paid, failed);
        batches.save(batch);
        audit.record(AuditRecord.of(
                        "RECONCILE",
                        PayoutBatches.AUDIT_TYPE,
                        batchId,
                        Messages.format(
                                "reconciliation.audit.reconciled",
                                batch.reference(),
                                String.valueOf(paid),
                                String.valueOf(failed)))
                .withChanges(List.of(new FieldChange(
                        "状态",
                        Messages.format("reconciliation.status.EXPORTED"),
                        Messages.format("reconciliation.status.RECONCILED")))));
        return true;
    }
}
