package com.aidloop.identification.appeal.domain;

/** What the county decided on an appeal. */
public enum AppealDecision {
    /** The identification stands (维持原认定). */
    MAINTAIN("维持原认定"),
    /** The appeal is upheld and the level changed (改定等级). */
    CHANGE_LEVEL("改定等级");

    private final String label;

    AppealDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
