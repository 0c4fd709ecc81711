package com.aidloop.programme;

/** What a proposed change of the catalogue does once approved. */
public enum ChangeKind {
    STANDARD("资助标准"),
    EXCLUSION_ADDED("新增互斥项目组"),
    EXCLUSION_REMOVED("删除互斥项目组");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
