package com.aidloop.identification.threeparty.domain;

/** How a home visit (家访) was made. */
public enum VisitMethod {
    ON_SITE("实地"),
    PHONE("电话"),
    VIDEO("视频");

    private final String label;

    VisitMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
