package com.aidloop.disbursement;

import com.aidloop.shared.Refusal;

/**
 * A decision on an exception or a reissue is refused by a rule (the payment is not in a state
 * that allows it, someone else decided first, a reason is missing). Answered 409 (422 for a
 * missing text); the localized message is the Chinese reason.
 */
public class ReconciliationRefused extends Refusal {

    public ReconciliationRefused(String code, Object... args) {
        super(isMissingInput(code) ? Kind.UNPROCESSABLE : Kind.CONFLICT, code, args);
    }

    /** Whether the person only has to fill something in (a reason, a note), rather than a rule refusing. */
    public boolean isMissingInput() {
        return isMissingInput(code());
    }

    private static boolean isMissingInput(String code) {
        return code.endsWith("Required") || code.endsWith(".unknown");
    }
}
