package com.aidloop.identification.threeparty.domain;

import com.aidloop.shared.Refusal;

/** A review step the review's state (or a missing reason or verdict) does not allow now: 409. */
public class ReviewRefused extends Refusal {

    public ReviewRefused(String code, Object... args) {
        super(Kind.CONFLICT, code, args);
    }
}
