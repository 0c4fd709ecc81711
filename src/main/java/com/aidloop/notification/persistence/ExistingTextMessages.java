package com.aidloop.notification.persistence;

import com.aidloop.audit.ExistingObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a text message exists, so that a message refused as not found in a scope shows as a request outside it. */
@Component
class ExistingTextMessages implements ExistingObjects {

    private final JdbcClient jdbc;

    ExistingTextMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objectType() {
        return "sms";
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM notification_sms WHERE id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
