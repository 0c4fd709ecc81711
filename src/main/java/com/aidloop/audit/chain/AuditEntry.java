package com.aidloop.audit.chain;

import com.aidloop.audit.AuditRecord.FieldChange;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the audit trail as stored. Its {@link #canonicalText()} is what the hash covers:
 * every column but the hash itself, each value length-prefixed so that no content can be moved
 * from one field into another without changing the text.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String clientIp,
        String action,
        String objectType,
        String objectId,
        String summary,
        List<FieldChange> changes,
        String prevHash,
        String hash) {

    /** The value that stands before the first row of the chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT_VERSION = "aidloop-audit-v1";

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public String canonicalText() {
        List<String> parts = new ArrayList<>();
        parts.add(FORMAT_VERSION);
        parts.add(Long.toString(id));
        parts.add(Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        parts.add(actor);
        parts.add(clientIp);
        parts.add(action);
        parts.add(objectType);
        parts.add(objectId);
        parts.add(summary);
        parts.add(Integer.toString(changes.size()));
        for (FieldChange change : changes) {
            parts.add(change.field());
            parts.add(change.oldValue());
            parts.add(change.newValue());
        }
        parts.add(prevHash);
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                text.append('~');
            } else {
                text.append(part.length()).append(':').append(part);
            }
            text.append('|');
        }
        return text.toString();
    }
}
