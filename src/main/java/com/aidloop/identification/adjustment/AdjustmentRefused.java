package com.aidloop.identification.adjustment;

import com.aidloop.shared.Refusal;

/** An adjustment asked for with a missing or malformed level, reason or change: 422, with the fix in Chinese. */
public class AdjustmentRefused extends Refusal {

    public AdjustmentRefused(String code, Object... args) {
        super(Kind.UNPROCESSABLE, code, args);
    }
}
