package com.aidloop.disbursement;

/** Maker–checker: whoever created a batch may not approve it. */
public class CreatorCannotApprove extends BatchRefused {

    public CreatorCannotApprove() {
        super("batch.creatorCannotApprove");
        auditedAs(Concern.APPROVAL);
    }
}
