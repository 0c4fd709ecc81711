package com.aidloop.identification.application;

import com.aidloop.iam.FamilyActor;
import java.util.Set;

/**
 * A family session as the application sees it: the students iam's FamilyAccess lets it act for
 * (read afresh for every request) and who acts, a guardian or a student of 14 or older.
 */
public record FamilyApplicant(Set<Long> students, FamilyActor actor) {

    public FamilyApplicant {
        students = Set.copyOf(students);
    }

    public boolean mayActFor(long studentId) {
        return students.contains(studentId);
    }

    /** Who entered the application, as its facts keep it: 家长138****0001. */
    String enteredBy() {
        return actor.kind().label() + actor.phoneMasked();
    }
}
