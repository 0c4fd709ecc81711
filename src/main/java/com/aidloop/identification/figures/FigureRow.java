package com.aidloop.identification.figures;

import com.aidloop.identification.domain.DifficultyLevel;

/**
 * The applications of one township, school or stage in a school year: how many were made
 * (submitted, not withdrawn) and how many are finally decided at each level; the rest are still
 * being identified (at the class, the school, in three-party review, or returned to the family).
 *
 * @param code what the row is about: a region code, a school id or a stage name; empty for the total
 */
public record FigureRow(
        String code, String name, long applied, long special, long fairly, long general, long notDifficult) {

    static FigureRow empty(String code, String name) {
        return new FigureRow(code, name, 0, 0, 0, 0, 0);
    }

    /** Finally decided, at any level (不困难 included). */
    public long decided() {
        return special + fairly + general + notDifficult;
    }

    /** Finally decided as in difficulty: 特别困难, 比较困难 or 一般困难. */
    public long difficult() {
        return special + fairly + general;
    }

    /** Made but not yet finally decided. */
    public long inProgress() {
        return applied - decided();
    }

    public long count(DifficultyLevel level) {
        return switch (level) {
            case SPECIAL -> special;
            case FAIRLY -> fairly;
            case GENERAL -> general;
            case NOT_DIFFICULT -> notDifficult;
        };
    }

    /** This row with the other's counts added, under this row's code and name. */
    FigureRow plus(FigureRow other) {
        return new FigureRow(
                code,
                name,
                applied + other.applied,
                special + other.special,
                fairly + other.fairly,
                general + other.general,
                notDifficult + other.notDifficult);
    }
}
