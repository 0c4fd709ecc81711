package com.aidloop.identification.threeparty.domain;

/** Where a reviewer sends an application back: the step before, or the school (which decides again). */
public enum ReturnTarget {
    SCHOOL("学校"),
    VILLAGE("村级"),
    TOWNSHIP("乡镇");

    private final String label;

    ReturnTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
