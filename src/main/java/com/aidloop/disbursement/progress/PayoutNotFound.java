package com.aidloop.disbursement.progress;

/** A region or school outside the reader's payout scope, or one that does not exist: answered 404. */
public class PayoutNotFound extends RuntimeException {

    public PayoutNotFound(String what) {
        super("not found in scope: " + what);
    }
}
