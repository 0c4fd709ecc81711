package com.aidloop.registry;

import com.aidloop.shared.Refusal;

/** Someone else saved the student after this edit began; the edit must start again from the new state. */
public class StudentChangedMeanwhile extends Refusal {

    public StudentChangedMeanwhile(long id) {
        super(Kind.CONFLICT, "student.changedMeanwhile", id);
        auditedAs(Concern.LOST_RACE);
        about("student", id);
    }
}
