package com.aidloop.disbursement;

import com.aidloop.shared.Refusal;

/** No such batch or payment line inside the account's scope (answered 404, its existence not revealed). */
public class BatchNotFound extends Refusal {

    public BatchNotFound(long id) {
        super(Kind.NOT_FOUND, "batch.notFound", id);
        about(PayoutBatches.AUDIT_TYPE, id);
    }
}
