package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** The stages of education (学段); aid programmes, quotas and rosters are set per stage. */
public enum Stage {
    PRESCHOOL("学前"),
    PRIMARY("小学"),
    JUNIOR_SECONDARY("初中"),
    SENIOR_HIGH("普通高中"),
    VOCATIONAL("中职"),
    HIGHER("高等教育");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a stage by its Chinese label or its name, as forms, the API and spreadsheets write it. */
    public static Stage parse(String raw) {
        String wanted = Text.normalize(raw);
        for (Stage stage : values()) {
            if (stage.label.equals(wanted) || stage.name().equalsIgnoreCase(wanted)) {
                return stage;
            }
        }
        switch (wanted) {
            case "幼儿园", "学前教育" -> {
                return PRESCHOOL;
            }
            case "高中" -> {
                return SENIOR_HIGH;
            }
            case "中等职业教育", "中等职业学校" -> {
                return VOCATIONAL;
            }
            case "本专科", "高校" -> {
                return HIGHER;
            }
            default -> throw new InvalidValue("school.stage.unknown", wanted);
        }
    }
}
