package com.aidloop.disbursement;

/** Someone else changed the batch since it was read (optimistic version check). */
public class BatchChangedMeanwhile extends BatchRefused {

    public BatchChangedMeanwhile() {
        super("batch.changedMeanwhile");
        auditedAs(Concern.LOST_RACE);
    }
}
