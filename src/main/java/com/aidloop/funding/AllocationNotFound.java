package com.aidloop.funding;

import com.aidloop.shared.Refusal;

/** No allocation entry of that id inside the caller's scope (answered 404; its existence is not revealed). */
public class AllocationNotFound extends Refusal {

    public AllocationNotFound(long id) {
        super(Kind.NOT_FOUND, "funding.allocation.notFound", id);
        about(FundAllocations.AUDIT_TYPE, id);
    }
}
