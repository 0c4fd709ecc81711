package com.aidloop.identification.application.domain;

import com.aidloop.shared.Refusal;

/** An uploaded evidence file refused, with the reason in Chinese (its message code): 422. */
public class EvidenceRefused extends Refusal {

    public EvidenceRefused(String code, Object... args) {
        super(Kind.UNPROCESSABLE, code, args);
    }
}
