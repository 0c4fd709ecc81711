package com.aidloop.settlement.persistence;

import com.aidloop.audit.ExistingObjects;
import com.aidloop.settlement.SettlementRefused;
import org.springframework.stereotype.Component;

/** Whether a transfer to a school exists, for the audit of refusals outside the caller's scope. */
@Component
class ExistingTransfers implements ExistingObjects {

    private final TransferStore store;

    ExistingTransfers(TransferStore store) {
        this.store = store;
    }

    @Override
    public String objectType() {
        return SettlementRefused.TRANSFER;
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId).map(store::exists).orElse(false);
    }
}
