package com.aidloop.disbursement;

/** The batch's lines no longer add up to its control totals: changed outside the platform. */
public class BatchTotalsMismatch extends BatchRefused {

    public BatchTotalsMismatch(long controlCount, Object controlAmount, long lineCount, Object lineAmount) {
        super("batch.totalsMismatch", controlCount, controlAmount, lineCount, lineAmount);
    }
}
