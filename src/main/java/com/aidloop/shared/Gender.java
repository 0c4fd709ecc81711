package com.aidloop.shared;

/** 性别. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Gender fromLabel(String label) {
        String wanted = Text.normalize(label);
        for (Gender gender : values()) {
            if (gender.label.equals(wanted) || gender.name().equalsIgnoreCase(wanted)) {
                return gender;
            }
        }
        throw new InvalidValue("gender.unknown", wanted);
    }
}
