package com.aidloop.registry.domain;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.IdNumberAlreadyRegistered;

/**
 * What to tell someone who registers an ID number that is already registered. The platform
 * holds one record per person, so the second registration is always refused; whether the
 * refusal points to the existing record depends on whether the person may see it. Someone who
 * may not is told neutrally, so that typing ID numbers never reveals where a child studies.
 */
public final class DuplicateRegistrationPolicy {

    private DuplicateRegistrationPolicy() {}

    /** The registered student an ID number belongs to, with what decides its visibility. */
    public record ExistingRegistration(
            long studentId, String name, long schoolId, String schoolTownshipCode, String householdRegionCode) {

        @Override
        public String toString() {
            return "ExistingRegistration[" + studentId + "]";
        }
    }

    public static IdNumberAlreadyRegistered refusal(ExistingRegistration existing, DataScope scope) {
        boolean visible =
                scope.coversStudent(existing.schoolId(), existing.schoolTownshipCode(), existing.householdRegionCode());
        return visible
                ? IdNumberAlreadyRegistered.visible(existing.studentId(), existing.name())
                : IdNumberAlreadyRegistered.hidden();
    }
}
