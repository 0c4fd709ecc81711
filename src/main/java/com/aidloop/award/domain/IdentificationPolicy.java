package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_LEVEL;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_TYPE;
import static com.aidloop.award.domain.RosterColumn.TIER;

import com.aidloop.programme.IdentificationRequirement;
import java.util.Set;

/**
 * An award of a need-based programme rests on an identification (资助以认定为前提): the student
 * must hold an identification in force for the term's school year at a level the award's tier
 * allows. Missing or at another level, the row gets an error (the programme's rule is REQUIRED) or
 * a warning (WARNING, a transition year) under 资助档次. A blank 困难等级 is filled from the
 * identification (a notice); a typed one that differs is reported with both values. A blank
 * 困难类型 is filled from the identification when it is unambiguous (a notice); a typed one the
 * identification does not support is a notice with both values (a type is informative, never an
 * error).
 */
public final class IdentificationPolicy {

    private static final String NOT_DIFFICULT = "不困难";

    private IdentificationPolicy() {}

    /**
     * @param schoolYear the school year as labelled, e.g. 2025-2026学年
     * @param level the label of the student's identification in force, or null when there is none
     * @return whether the row's 困难等级 was filled from the identification
     */
    public static boolean apply(
            CheckedRow row, IdentificationRequirement requirement, String schoolYear, String level) {
        String tier = row.tier == null ? "" : row.tier;
        String allowed = String.join("、", requirement.allowedLevels(row.tierCode));
        String suffix = requirement.refuses() ? "" : "Transition";
        if (level == null) {
            row.problem(
                    requirement.refuses(),
                    TIER,
                    "award.identification.missing" + suffix,
                    row.programmeName,
                    tier,
                    schoolYear,
                    allowed);
            return false;
        }
        if (!requirement.allows(row.tierCode, level)) {
            row.problem(
                    requirement.refuses(),
                    TIER,
                    "award.identification.levelNotAllowed" + suffix,
                    row.programmeName,
                    tier,
                    allowed,
                    schoolYear,
                    level);
        }
        if (row.difficultyLevel == null) {
            if (!NOT_DIFFICULT.equals(level)) {
                row.difficultyLevel = level;
                row.notice(DIFFICULTY_LEVEL, "award.identification.levelFilled", schoolYear, level);
                return true;
            }
            return false;
        }
        if (!row.difficultyLevel.equals(level)) {
            row.warning(
                    DIFFICULTY_LEVEL, "award.identification.levelDisagrees", row.difficultyLevel, schoolYear, level);
        }
        return false;
    }

    /**
     * Fills a blank 困难类型 from the student's identification in force, or notes a typed one it
     * does not support. Nothing happens for a row with errors or an identification at 不困难.
     *
     * @param schoolYear the school year as labelled, e.g. 2025-2026学年
     * @param level the label of the identification in force
     * @param supported the roster types the identification supports, in any order
     * @param toFill the type to fill a blank 困难类型 with, or null when the identification is ambiguous
     * @return whether the row's 困难类型 was filled
     */
    public static boolean applyType(
            CheckedRow row, String schoolYear, String level, Set<String> supported, String toFill) {
        if (row.hasErrors() || NOT_DIFFICULT.equals(level) || supported.isEmpty()) {
            return false;
        }
        if (row.difficultyType == null) {
            if (toFill == null) {
                return false;
            }
            row.difficultyType = toFill;
            row.notice(DIFFICULTY_TYPE, "award.identification.typeFilled", schoolYear, toFill);
            return true;
        }
        if (!supported.contains(row.difficultyType)) {
            String held = RosterDictionaries.DIFFICULTY_TYPES.stream()
                    .filter(supported::contains)
                    .reduce((a, b) -> a + "、" + b)
                    .orElse("");
            row.notice(DIFFICULTY_TYPE, "award.identification.typeDisagrees", row.difficultyType, schoolYear, held);
        }
        return false;
    }
}
