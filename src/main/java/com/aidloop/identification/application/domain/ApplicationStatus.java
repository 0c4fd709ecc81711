package com.aidloop.identification.application.domain;

/** Where an application stands; the family and reviewers see the label step by step. */
public enum ApplicationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    CLASS_REVIEWED("班级已评议"),
    DECIDED("学校已认定"),
    RETURNED("已退回"),
    WITHDRAWN("已撤回");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A family may still change the form: a draft, or an application returned to it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
