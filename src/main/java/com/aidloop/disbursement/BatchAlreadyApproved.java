package com.aidloop.disbursement;

/** The batch was approved already (by someone else meanwhile, or before). */
public class BatchAlreadyApproved extends BatchRefused {

    public BatchAlreadyApproved() {
        super("batch.alreadyApproved");
    }
}
