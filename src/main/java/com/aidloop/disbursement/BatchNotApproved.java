package com.aidloop.disbursement;

/** Only an approved batch gets a bank file (and becomes EXPORTED); a draft must be approved first. */
public class BatchNotApproved extends BatchRefused {

    public BatchNotApproved() {
        super("batch.notApproved");
    }
}
