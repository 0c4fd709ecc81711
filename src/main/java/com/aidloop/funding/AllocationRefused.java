package com.aidloop.funding;

import com.aidloop.shared.Refusal;

/** An allocation entry cannot be reversed: it is a reversal itself or was reversed already. */
public class AllocationRefused extends Refusal {

    public AllocationRefused(String code, long id) {
        super(Kind.CONFLICT, code, id);
    }
}
