package com.aidloop.identification.application.review;

/** A class review group's verdict on one application. */
public enum Verdict {
    AGREE("同意"),
    DISAGREE("不同意"),
    PENDING("待议");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
