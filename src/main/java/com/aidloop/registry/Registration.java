package com.aidloop.registry;

/**
 * The outcome of registering a student who may already be registered (create-or-match, for
 * imports): a new student, or the visible student that holds the ID number. An ID number held
 * by a student the caller may not see is refused with {@link IdNumberAlreadyRegistered}.
 */
public sealed interface Registration {

    long studentId();

    record Created(long studentId) implements Registration {}

    /** @param sameName whether the registered name equals the name given, a hint for import reports */
    record Matched(long studentId, boolean sameName) implements Registration {}
}
