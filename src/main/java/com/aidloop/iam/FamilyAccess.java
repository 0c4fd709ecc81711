package com.aidloop.iam;

import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.iam.family.FamilyStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which students a family session may act for (role GUARDIAN, scope FAMILY): a guardian's number
 * reaches the students whose registered household lists it and those an invitation bound it to; a
 * student's own number (14 or older, guardian consenting) only the student it was invited for.
 * Read afresh at every question. Anything else is answered as not found, never as forbidden.
 */
@Component
public class FamilyAccess {

    private final ObjectProvider<RegisteredPhones> registered;
    private final FamilyStore bindings;

    FamilyAccess(ObjectProvider<RegisteredPhones> registered, FamilyStore bindings) {
        this.registered = registered;
        this.bindings = bindings;
    }

    /** The students the session may act for; empty for staff and for nobody logged in. */
    public Set<Long> studentsOf(Authentication authentication) {
        return principal(authentication)
                .map(p -> studentsOf(p.phoneIndex(), p.actor().kind()))
                .orElse(Set.of());
    }

    public boolean mayActFor(Authentication authentication, long studentId) {
        return studentsOf(authentication).contains(studentId);
    }

    /** Throws {@link FamilyStudentNotFound} (404) unless the session may act for the student. */
    public void requireFor(Authentication authentication, long studentId) {
        if (!mayActFor(authentication, studentId)) {
            throw new FamilyStudentNotFound(studentId);
        }
    }

    /** Who acts in a family session, for the consent and the application to record. */
    public Optional<FamilyActor> actor(Authentication authentication) {
        return principal(authentication).map(FamilyPrincipal::actor);
    }

    /** The students a number reaches, acting as that kind. */
    public Set<Long> studentsOf(String phoneIndex, FamilyActor.Kind kind) {
        Set<Long> students = new HashSet<>(bindings.boundStudents(phoneIndex, kind));
        RegisteredPhones phones = registered.getIfAvailable();
        if (kind == FamilyActor.Kind.GUARDIAN && phones != null) {
            students.addAll(phones.studentsReachableAt(phoneIndex));
        }
        return students;
    }

    private static Optional<FamilyPrincipal> principal(Authentication authentication) {
        return authentication != null
                        && authentication.isAuthenticated()
                        && authentication.getPrincipal() instanceof FamilyPrincipal principal
                ? Optional.of(principal)
                : Optional.empty();
    }
}
