package com.aidloop.identification.notice.domain;

/** What the school decided on an objection. */
public enum ObjectionDecision {
    /** The identification stands (维持). */
    MAINTAIN("维持"),
    /** The objection is upheld and the level changed (调整等级). */
    ADJUST_LEVEL("调整等级"),
    /** The objection is upheld and the identification cancelled (取消认定). */
    CANCEL("取消认定");

    private final String label;

    ObjectionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the decision changes the identification the objection is about. */
    public boolean upheld() {
        return this != MAINTAIN;
    }
}
