package com.aidloop.identification.notice.domain;

/** Whom a notice covers: one class, one grade or the whole school. */
public enum Coverage {
    CLASS("班级"),
    GRADE("年级"),
    SCHOOL("全校");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
