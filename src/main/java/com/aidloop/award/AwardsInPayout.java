package com.aidloop.award;

import com.aidloop.shared.Term;
import java.util.Collection;
import java.util.Set;

/**
 * Which awards a payout already holds, asked before a confirmation is revoked. Implemented by the
 * disbursement module, which depends on this one; the award module never reads its tables.
 */
public interface AwardsInPayout {

    /** The references of the payout batches holding a payment, in any state, of any of these awards of the term. */
    Set<String> batchesHolding(Term term, Collection<Long> awardIds);
}
