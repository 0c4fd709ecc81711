package com.aidloop.disbursement;

/** An exported (or reconciled) batch is closed: its lines and approval no longer change. */
public class BatchAlreadyExported extends BatchRefused {

    public BatchAlreadyExported() {
        super("batch.alreadyExported");
    }
}
