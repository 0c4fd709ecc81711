package com.aidloop.disbursement;

import com.aidloop.disbursement.reconciliation.ReconciliationTexts;

/**
 * A decision on an exception or a reissue is refused by a rule (the payment is not in a state
 * that allows it, someone else decided first, a reason is missing). Answered 409 (422 for a
 * missing text); the localized message is the Chinese reason.
 */
public class ReconciliationRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ReconciliationRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    /** Whether the person only has to fill something in (a reason, a note), rather than a rule refusing. */
    public boolean isMissingInput() {
        return code.endsWith("Required") || code.endsWith(".unknown");
    }

    @Override
    public String getLocalizedMessage() {
        return ReconciliationTexts.format(code, args);
    }
}
