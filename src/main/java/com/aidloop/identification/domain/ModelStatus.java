package com.aidloop.identification.domain;

/** A version is drafted, then published; a published version is never changed, only superseded. */
public enum ModelStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    ModelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
