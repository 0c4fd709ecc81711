package com.aidloop.award;

/** The school has no unconfirmed award of the programme and term (already confirmed, or none imported). */
public class NothingToConfirm extends RuntimeException {

    public NothingToConfirm() {
        super("no unconfirmed award to confirm");
    }
}
