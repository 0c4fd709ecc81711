package com.aidloop.disbursement;

/** No confirmed award of the term, township and programme is left to pay: a batch needs at least one line. */
public class EmptyBatch extends BatchRefused {

    public EmptyBatch() {
        super("batch.empty");
    }
}
