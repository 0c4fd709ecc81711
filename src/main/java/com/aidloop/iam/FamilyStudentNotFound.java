package com.aidloop.iam;

import com.aidloop.shared.Refusal;

/**
 * A family asked for a student it may not act for: answered as not found (404), exactly as for a
 * student that does not exist, so that nobody learns another family exists.
 */
public class FamilyStudentNotFound extends Refusal {

    public FamilyStudentNotFound(long studentId) {
        super(Kind.NOT_FOUND, "family.student.notFound");
        about("student", studentId);
    }
}
