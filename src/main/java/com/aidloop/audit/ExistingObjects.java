package com.aidloop.audit;

import java.util.Optional;

/**
 * Whether an object of one kind exists, whoever may see it. A "not found" for an object that does
 * exist was a request outside the caller's data scope, which the audit trail records as a refusal;
 * a module implements this for each kind of object its not-found refusals name ({@code
 * Refusal.about("student", id)}). Asked only when such a refusal happens.
 */
public interface ExistingObjects {

    /** The kind of object, as refusals and the audit trail name it, e.g. {@code student}. */
    String objectType();

    /** Whether the object exists, in anyone's scope; false for an id that is no id of this kind. */
    boolean exists(String objectId);

    /** The id as a number, for the kinds whose ids are numbers; empty for anything else. */
    static Optional<Long> numericId(String objectId) {
        return objectId != null && objectId.matches("[0-9]{1,18}")
                ? Optional.of(Long.parseLong(objectId))
                : Optional.empty();
    }
}
