package com.aidloop.identification.application.domain;

/** Who entered the application: the family online, or a school officer from a paper form (marked as such). */
public enum Source {
    FAMILY("家庭网上申请"),
    PAPER("学校代录纸质申请");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
