package com.aidloop.disbursement;

/** Only an exported batch is reconciled: a draft or approved one has no bank file at the bank yet. */
public class BatchNotExported extends BatchRefused {

    public BatchNotExported() {
        super("batch.notExported");
    }
}
