package com.aidloop.award;

import com.aidloop.shared.Refusal;

/** An award changed (re-imported or confirmed) while it was being confirmed; nothing was confirmed. */
public class AwardsChangedMeanwhile extends Refusal {

    public AwardsChangedMeanwhile() {
        super(Kind.CONFLICT, "confirmation.changedMeanwhile");
        auditedAs(Concern.LOST_RACE);
    }
}
