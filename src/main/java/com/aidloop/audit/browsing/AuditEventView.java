package com.aidloop.audit.browsing;

import com.aidloop.audit.AuditRecord.FieldChange;
import java.time.Instant;
import java.util.List;

/** One audit row as the audit admin reads it. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        String actor,
        String clientIp,
        String action,
        String objectType,
        String objectId,
        String summary,
        List<FieldChange> changes) {}
