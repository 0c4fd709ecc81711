package com.aidloop.comparison.worklist;

/** The two worklists: 应助未助 (eligible but not aided) and 四项比对 (aided but suspect). */
public enum WorklistKind {
    UNAIDED("应助未助"),
    SUSPECT("四项比对");

    private final String label;

    WorklistKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
