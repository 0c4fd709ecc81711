package com.aidloop.identification.application.domain;

/** A household member's health as the form asks it. */
public enum Health {
    HEALTHY("健康"),
    MINOR_ILLNESS("小病"),
    MAJOR_ILLNESS("大病");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the Chinese label or the constant name. */
    public static Health parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (Health health : values()) {
            if (health.label.equals(wanted) || health.name().equalsIgnoreCase(wanted)) {
                return health;
            }
        }
        throw new IllegalArgumentException("no health " + wanted);
    }
}
