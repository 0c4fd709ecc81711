package com.aidloop.award.persistence;

import com.aidloop.audit.ExistingObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a roster import exists, so that an import refused as not found in a scope shows as a request outside it. */
@Component
class ExistingImports implements ExistingObjects {

    private final JdbcClient jdbc;

    ExistingImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objectType() {
        return "roster_import";
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM award_import WHERE id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
