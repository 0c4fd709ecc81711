package com.aidloop.disbursement;

/** The batch was reconciled already: every payment settled, nothing left to reconcile. */
public class BatchAlreadyReconciled extends BatchRefused {

    public BatchAlreadyReconciled() {
        super("batch.alreadyReconciled");
    }
}
