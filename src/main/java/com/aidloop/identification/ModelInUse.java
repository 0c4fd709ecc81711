package com.aidloop.identification;

import com.aidloop.shared.Refusal;

/** A published model is never changed, only superseded by a new version; pages and the API answer 409. */
public class ModelInUse extends Refusal {

    public ModelInUse(String code, Object... args) {
        super(Kind.CONFLICT, code, args);
    }
}
