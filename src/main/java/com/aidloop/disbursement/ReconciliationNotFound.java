package com.aidloop.disbursement;

import com.aidloop.shared.Refusal;

/**
 * A batch, exception or payment asked for by reconciliation or reissue does not exist or lies
 * outside the account's scope (answered 404: its existence is not revealed).
 */
public class ReconciliationNotFound extends Refusal {

    public ReconciliationNotFound(String code, long id) {
        super(Kind.NOT_FOUND, code, id);
        if (code.startsWith("reconciliation.batch.")) {
            about(PayoutBatches.AUDIT_TYPE, id);
        }
    }
}
