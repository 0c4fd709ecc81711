package com.aidloop.disbursement;

/** Another batch took some of the same awards at the same time (the live-payment index allows one). */
public class AwardsAlreadyInBatch extends BatchRefused {

    public AwardsAlreadyInBatch() {
        super("batch.awardsTaken");
    }
}
