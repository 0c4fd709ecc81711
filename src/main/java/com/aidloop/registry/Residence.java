package com.aidloop.registry;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** Whether a student's household registration (户籍) is urban or rural (城镇/农村). */
public enum Residence {
    URBAN("城镇"),
    RURAL("农村");

    private final String label;

    Residence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Residence parse(String raw) {
        String wanted = Text.normalize(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("student.residence.required");
        }
        for (Residence residence : values()) {
            if (residence.label.equals(wanted) || residence.name().equalsIgnoreCase(wanted)) {
                return residence;
            }
        }
        return switch (wanted) {
            case "城市", "城镇户口", "非农业" -> URBAN;
            case "农村户口", "农业", "乡村" -> RURAL;
            default -> throw new InvalidValue("student.residence.unknown", wanted);
        };
    }
}
