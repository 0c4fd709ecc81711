package com.aidloop.identification.application.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a class review group: class, date and members (the class teacher, student and
 * parent representatives) and its verdicts; kept as the minutes.
 */
public record ClassReview(
        Long id,
        String className,
        int schoolYear,
        LocalDate heldOn,
        String classTeacher,
        String studentReps,
        String parentReps,
        List<VerdictLine> verdicts) {

    public ClassReview {
        verdicts = List.copyOf(verdicts);
        classTeacher = classTeacher == null ? "" : classTeacher.strip();
        studentReps = studentReps == null ? "" : studentReps.strip();
        parentReps = parentReps == null ? "" : parentReps.strip();
    }

    /** A group needs its class teacher and at least one student and one parent representative. */
    public boolean membersComplete() {
        return !classTeacher.isEmpty() && !studentReps.isEmpty() && !parentReps.isEmpty() && heldOn != null;
    }
}
