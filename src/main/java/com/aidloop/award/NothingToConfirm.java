package com.aidloop.award;

import com.aidloop.shared.Refusal;

/** The school has no unconfirmed award of the programme and term (already confirmed, or none imported). */
public class NothingToConfirm extends Refusal {

    public NothingToConfirm() {
        super(Kind.CONFLICT, "confirmation.nothing");
    }
}
