package com.aidloop.disbursement.progress;

import com.aidloop.shared.Refusal;

/** A region or school outside the reader's payout scope, or one that does not exist: answered 404. */
public class PayoutNotFound extends Refusal {

    public PayoutNotFound(String what) {
        super(Kind.NOT_FOUND, "progress.notFound", what);
    }
}
