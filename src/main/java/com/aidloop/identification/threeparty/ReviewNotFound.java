package com.aidloop.identification.threeparty;

import com.aidloop.shared.Refusal;

/** No review of that application within the caller's scope (its existence is not revealed): 404. */
public class ReviewNotFound extends Refusal {

    public ReviewNotFound(long id) {
        super(Kind.NOT_FOUND, "identification.threeParty.notFound");
        about(ThreePartyReviews.AUDITED_AS, id);
    }
}
