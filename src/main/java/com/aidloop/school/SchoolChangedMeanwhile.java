package com.aidloop.school;

import com.aidloop.shared.Refusal;

/** Someone else saved the school after this edit began; the edit must start again from the new state. */
public class SchoolChangedMeanwhile extends Refusal {

    public SchoolChangedMeanwhile(long id) {
        super(Kind.CONFLICT, "school.changedMeanwhile", id);
        auditedAs(Concern.LOST_RACE);
        about("school", id);
    }
}
