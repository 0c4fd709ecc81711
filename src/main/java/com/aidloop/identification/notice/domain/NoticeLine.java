package com.aidloop.identification.notice.domain;

import com.aidloop.identification.domain.DifficultyLevel;

/**
 * One student on a notice: only what may be published. Nothing else is ever read into it (no ID,
 * address, phone, birth date, card, income, health or reasons).
 */
public record NoticeLine(
        long applicationId, String studentName, String grade, String className, DifficultyLevel level) {

    /** What a county that publishes no level shows instead. */
    public static final String WITHOUT_LEVEL = "认定为家庭经济困难学生";

    /** The result as the notice shows it: the level, or the county's plain phrase. */
    public String result(boolean showLevel) {
        return showLevel ? level.label() : WITHOUT_LEVEL;
    }

    @Override
    public String toString() {
        return "NoticeLine[" + applicationId + "]";
    }
}
