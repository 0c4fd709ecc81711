package com.aidloop.award;

/** The paying rules a confirmation (资助确认) checks; a refusal names the rule it broke. */
public enum PayingRule {
    /** The school's quota (名额) of the programme and term. */
    QUOTA("名额"),
    /** The school's budget (预算) of the programme and term. */
    BUDGET("预算"),
    /** A student holds only one of a group of exclusive programmes in a school year. */
    EXCLUSIVE_PROGRAMMES("同一学年互斥项目"),
    /** The amount equals the catalogue's standard of the award's tier for the term, or lies in its band. */
    STANDARD_AMOUNT("资助标准"),
    /**
     * An award of a need-based programme whose county requires it rests on the student's
     * identification in force for the school year, at a level the tier allows.
     */
    IDENTIFICATION("家庭经济困难认定");

    private final String label;

    PayingRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
