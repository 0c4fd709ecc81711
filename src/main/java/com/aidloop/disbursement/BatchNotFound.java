package com.aidloop.disbursement;

/** No such batch or payment line inside the account's scope (answered 404, its existence not revealed). */
public class BatchNotFound extends RuntimeException {

    public BatchNotFound(long id) {
        super("payout batch " + id + " not found in scope");
    }
}
