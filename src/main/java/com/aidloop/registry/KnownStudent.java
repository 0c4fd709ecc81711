package com.aidloop.registry;

/**
 * A registered student met again by ID number, e.g. in an import. Whoever may not see the
 * student learns only that the number is registered: no name, no school.
 *
 * @param visible whether the caller's scope covers the student
 * @param name the registered name, or null when not visible
 * @param schoolId the registered school, or null when not visible
 */
public record KnownStudent(long studentId, boolean visible, String name, Long schoolId) {

    static KnownStudent of(long studentId, String name, long schoolId, boolean visible) {
        return visible
                ? new KnownStudent(studentId, true, name, schoolId)
                : new KnownStudent(studentId, false, null, null);
    }

    @Override
    public String toString() {
        return "KnownStudent[" + studentId + (visible ? " visible" : " hidden") + "]";
    }
}
