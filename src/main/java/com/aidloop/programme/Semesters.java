package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;

/** The terms of a school year in which a programme pays: national scholarships only in autumn. */
public enum Semesters {
    SPRING("春季学期"),
    AUTUMN("秋季学期"),
    BOTH("春秋两季");

    private final String label;

    Semesters(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(Term term) {
        return this == BOTH || name().equals(term.semester().name());
    }

    /** Reads the choice by its name or label; "春秋", "每学期" and "全年" mean both. */
    public static Semesters parse(String raw) {
        String wanted = Text.compact(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("programme.semesters.required");
        }
        for (Semesters s : values()) {
            if (s.name().equalsIgnoreCase(wanted) || s.label.equals(wanted)) {
                return s;
            }
        }
        return switch (wanted) {
            case "春季", "春" -> SPRING;
            case "秋季", "秋" -> AUTUMN;
            case "春秋", "春秋季", "每学期", "全年", "两季" -> BOTH;
            default -> throw new InvalidValue("programme.semesters.unknown", wanted);
        };
    }
}
