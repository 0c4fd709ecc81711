package com.aidloop.registry.persistence;

import com.aidloop.audit.ExistingObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a student exists, so that a student refused as not found in a scope shows as a request outside it. */
@Component
class ExistingStudents implements ExistingObjects {

    private final JdbcClient jdbc;

    ExistingStudents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objectType() {
        return "student";
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry_student WHERE id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
