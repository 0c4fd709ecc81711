package com.aidloop.disbursement;

import com.aidloop.disbursement.reconciliation.ReconciliationTexts;

/**
 * A batch, exception or payment asked for by reconciliation or reissue does not exist or lies
 * outside the account's scope (answered 404: its existence is not revealed).
 */
public class ReconciliationNotFound extends RuntimeException {

    private final String code;

    public ReconciliationNotFound(String code, long id) {
        super(code + " " + id);
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String getLocalizedMessage() {
        return ReconciliationTexts.format(code);
    }
}
