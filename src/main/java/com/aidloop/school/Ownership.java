package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** Who runs a school (办学性质): public or private; several programmes treat them differently. */
public enum Ownership {
    PUBLIC("公办"),
    PRIVATE("民办");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Ownership parse(String raw) {
        String wanted = Text.normalize(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("school.ownership.required");
        }
        for (Ownership ownership : values()) {
            if (ownership.label.equals(wanted) || ownership.name().equalsIgnoreCase(wanted)) {
                return ownership;
            }
        }
        throw new InvalidValue("school.ownership.unknown", wanted);
    }
}
