package com.aidloop.school.internal;

import com.aidloop.audit.ExistingObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a school exists, so that a school refused as not found in a scope shows as a request outside it. */
@Component
class ExistingSchools implements ExistingObjects {

    private final JdbcClient jdbc;

    ExistingSchools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objectType() {
        return "school";
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM school_school WHERE id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
