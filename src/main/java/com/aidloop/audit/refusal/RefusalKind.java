package com.aidloop.audit.refusal;

import com.aidloop.shared.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of refusal the audit trail records, each an action of its own ({@code REFUSED_…}). */
public enum RefusalKind {
    /** An approval refused, e.g. the maker of a payout batch approving it. */
    APPROVAL,
    /** A file refused because it was uploaded before. */
    DUPLICATE_UPLOAD,
    /** Someone else changed or decided the same thing first. */
    LOST_RACE,
    /** The person's roles do not allow the page or call (403), or its CSRF token was missing or stale. */
    FORBIDDEN,
    /** The object exists, but outside the person's data scope (answered 404 "not found"). */
    OUT_OF_SCOPE;

    static final String PREFIX = "REFUSED_";

    /** The audit action, e.g. {@code REFUSED_LOST_RACE}. */
    public String action() {
        return PREFIX + name();
    }

    /** Every refusal action, for the auditor's filter. */
    public static List<String> actions() {
        return Arrays.stream(values()).map(RefusalKind::action).toList();
    }

    /** The kind of a filter value: a name of this enum, in any case. */
    public static Optional<RefusalKind> named(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The kind a business refusal declares for itself; a not-found is decided by whether its object exists. */
    static Optional<RefusalKind> declaredBy(Refusal refusal) {
        return switch (refusal.concern()) {
            case APPROVAL -> Optional.of(APPROVAL);
            case DUPLICATE_UPLOAD -> Optional.of(DUPLICATE_UPLOAD);
            case LOST_RACE -> Optional.of(LOST_RACE);
            case NONE -> Optional.empty();
        };
    }
}
