package com.aidloop.audit;

import com.aidloop.shared.FreeText;
import java.util.List;

/**
 * One thing that happened. Values in {@code changes} must already be masked by the caller when
 * they are sensitive (ID numbers, cards, phones, income, health).
 *
 * @param action what happened, e.g. LOGIN_SUCCESS, LOGIN_FAILURE, CREATE, UPDATE, REVEAL, EXPORT
 * @param objectType the kind of object, e.g. "student", "school", "account"
 * @param objectId its identifier, or null
 * @param summary one Chinese sentence for the audit page
 * @param changes field changes, old and new value
 * @param actor the username, or null to take it from the security context
 */
public record AuditRecord(
        String action, String objectType, String objectId, String summary, List<FieldChange> changes, String actor) {

    /** A summary or id longer than its column is cut rather than lose the event (V38 bounds both). */
    static final int SUMMARY_MAX = 2000;

    static final int OBJECT_ID_MAX = 200;

    public AuditRecord {
        summary = FreeText.clipped(summary, SUMMARY_MAX);
        objectId = FreeText.clipped(objectId, OBJECT_ID_MAX);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditRecord of(String action, String objectType, Object objectId, String summary) {
        return new AuditRecord(
                action, objectType, objectId == null ? null : objectId.toString(), summary, List.of(), null);
    }

    public AuditRecord withChanges(List<FieldChange> newChanges) {
        return new AuditRecord(action, objectType, objectId, summary, newChanges, actor);
    }

    public AuditRecord by(String username) {
        return new AuditRecord(action, objectType, objectId, summary, changes, username);
    }

    /** One field's old and new value, masked where sensitive. */
    public record FieldChange(String field, String oldValue, String newValue) {}
}
