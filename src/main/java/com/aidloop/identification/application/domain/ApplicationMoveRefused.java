package com.aidloop.identification.application.domain;

import com.aidloop.shared.Refusal;

/** A step the application's state (or a missing reason, consent or commitment) does not allow now: 409. */
public class ApplicationMoveRefused extends Refusal {

    public ApplicationMoveRefused(String code, Object... args) {
        super(Kind.CONFLICT, code, args);
    }
}
