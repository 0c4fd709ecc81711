package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/**
 * A decision on a proposed change that its state or the second-person rule does not allow: the
 * proposer approving or rejecting their own proposal, anyone else withdrawing it, or a change
 * already decided. Pages and the API answer 409 with the reason.
 */
public class CatalogueChangeRefused extends Refusal {

    public CatalogueChangeRefused(String code, Object... args) {
        super(Kind.CONFLICT, code, args);
    }
}
