package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/** Someone else saved the programme after this edit began; the edit must start again from the new state. */
public class ProgrammeChangedMeanwhile extends Refusal {

    public ProgrammeChangedMeanwhile(String code) {
        super(Kind.CONFLICT, "programme.changedMeanwhile", code);
        auditedAs(Concern.LOST_RACE);
        about("programme", code);
    }
}
