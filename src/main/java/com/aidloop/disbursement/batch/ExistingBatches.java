package com.aidloop.disbursement.batch;

import com.aidloop.audit.ExistingObjects;
import com.aidloop.disbursement.PayoutBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a payout batch exists, so that a batch refused as not found in a scope shows as a request outside it. */
@Component
class ExistingBatches implements ExistingObjects {

    private final JdbcClient jdbc;

    ExistingBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objectType() {
        return PayoutBatches.AUDIT_TYPE;
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM disbursement_batch WHERE id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
