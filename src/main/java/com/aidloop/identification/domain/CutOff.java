package com.aidloop.identification.domain;

import java.math.BigDecimal;

/** The least total that suggests a level (认定档次分数线). */
public record CutOff(DifficultyLevel level, BigDecimal minimumTotal) {

    public CutOff {
        if (level == null || level == DifficultyLevel.NOT_DIFFICULT || minimumTotal == null) {
            throw new IllegalArgumentException("a cut-off names a level of difficulty and its least total");
        }
        Points.checked(minimumTotal, "cut-off");
    }

    /** The rule's words, e.g. "总分≥60分为特别困难". */
    public String rule() {
        return "总分≥" + Points.words(minimumTotal) + "为" + level.label();
    }
}
