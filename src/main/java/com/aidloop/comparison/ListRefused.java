package com.aidloop.comparison;

import com.aidloop.shared.Refusal;

/** A department list cannot be imported as sent (older than the current one, no usable rows, …). */
public class ListRefused extends Refusal {

    public ListRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }
}
