package com.aidloop.award;

import com.aidloop.shared.Refusal;

/** Money that cannot be recorded as recovered (追回资金): no such award in scope, or more than it paid. Nothing was written. */
public class RecoveryRefused extends Refusal {

    /** The code is a key of messages/award.properties. */
    public RecoveryRefused(Kind kind, String messageCode, Object... arguments) {
        super(kind, messageCode, arguments);
    }
}
