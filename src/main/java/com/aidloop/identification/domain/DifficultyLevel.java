package com.aidloop.identification.domain;

/**
 * The suggested level of a family's difficulty (困难等级). The national template also uses 不困难
 * (domain brief §2, "Levels").
 */
public enum DifficultyLevel {
    SPECIAL("特别困难"),
    FAIRLY("比较困难"),
    GENERAL("一般困难"),
    NOT_DIFFICULT("不困难");

    private final String label;

    DifficultyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the Chinese label or the constant name. */
    public static DifficultyLevel parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (DifficultyLevel level : values()) {
            if (level.label.equals(wanted) || level.name().equalsIgnoreCase(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException("no difficulty level " + wanted);
    }
}
