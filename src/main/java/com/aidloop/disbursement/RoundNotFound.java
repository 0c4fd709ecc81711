package com.aidloop.disbursement;

/** No payout round of that id inside the caller's scope (its existence is not revealed). */
public class RoundNotFound extends BatchRefused {

    public RoundNotFound(long id) {
        super(Kind.NOT_FOUND, "round.notFound", id);
    }
}
