package com.aidloop.award;

/** An award changed (re-imported or confirmed) while it was being confirmed; nothing was confirmed. */
public class AwardsChangedMeanwhile extends RuntimeException {

    public AwardsChangedMeanwhile() {
        super("awards changed while being confirmed");
    }
}
