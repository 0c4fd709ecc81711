package com.aidloop.notification.persistence;

import com.aidloop.audit.ExistingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a text message exists, so that a message refused as not found in a scope shows as a request outside it. */
@Component
class ExistingTextMessages extends ExistingRows {

    ExistingTextMessages(JdbcClient jdbc) {
        super(jdbc, "sms", "notification_sms");
    }
}
