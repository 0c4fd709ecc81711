package com.aidloop.disbursement;

import com.aidloop.shared.Refusal;

/**
 * A payout batch or bank file step refused by a business rule. The code names a message in
 * {@code messages/disbursement.properties}; pages and the API show it in Chinese (409 on the API
 * unless the request itself is at fault).
 */
public class BatchRefused extends Refusal {

    protected BatchRefused(String code, Object... args) {
        this(Kind.CONFLICT, code, args);
    }

    protected BatchRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }
}
