package com.aidloop.disbursement.reconciliation;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.batch.PaymentStatus;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The move EXPORTED → RECONCILED, in the transaction of the settlement or decision that made it
 * possible: when every payment is PAID or FAILED and no exception is open. Audited once.
 */
@Component
class BatchReconciling {

    private final ReconciliationStore store;
    private final AuditTrail audit;

    BatchReconciling(ReconciliationStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean completeIfDone(PayoutBatchRow batch) {
        if (!store.reconcileIfComplete(batch.id())) {
            return false;
        }
        var totals = store.totals(batch.id());
        audit.record(AuditRecord.of("RECONCILE", PayoutBatches.AUDIT_TYPE, batch.id(), ReconciliationTexts.format("reconciliation.audit.reconciled",
                        batch.reference(), String.valueOf(totals.get(PaymentStatus.PAID).count()),
                        String.valueOf(totals.get(PaymentStatus.FAILED).count())))
                .withChanges(List.of(new FieldChange("状态", ReconciliationTexts.format("reconciliation.status.EXPORTED"),
                        ReconciliationTexts.format("reconciliation.status.RECONCILED")))));
        return true;
    }
}
