package com.aidloop.identification.threeparty.domain;

/** The village's finding on the family facts of the application. */
public enum VillageVerdict {
    TRUE("属实"),
    FALSE("不属实");

    private final String label;

    VillageVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
