package com.aidloop.identification;

import com.aidloop.shared.Refusal;

/** The caller sees the model but another level keeps it, or the caller lacks the right; 403 saying who. */
public class ModelChangeForbidden extends Refusal {

    public ModelChangeForbidden(String code, Object... args) {
        super(Kind.FORBIDDEN, code, args);
    }
}
