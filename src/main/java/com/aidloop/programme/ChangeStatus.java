package com.aidloop.programme;

/** Where a proposed change of the catalogue stands: waiting for a second person, or decided. */
public enum ChangeStatus {
    PENDING("待审核"),
    APPROVED("审核通过"),
    REJECTED("已退回"),
    WITHDRAWN("已撤回");

    private final String label;

    ChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
