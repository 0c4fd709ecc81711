package com.aidloop.disbursement;

/** Taking a line out of a batch needs a reason for the audit trail. */
public class RemovalNeedsReason extends BatchRefused {

    public RemovalNeedsReason() {
        super(Kind.INVALID, "batch.removalReasonRequired");
    }
}
