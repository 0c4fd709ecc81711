package com.aidloop.identification.appeal.domain;

import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a family may appeal (申诉): once a school year, against an identification in force that
 * refused it (不困难) or gave a lower level than the score suggested, up to and including the
 * county's number of days after the final decision (a decision on 1 October with 10 days: through
 * 11 October, China time). Each refusal names its rule.
 *
 * @param days the county's days after the final decision
 */
public record AppealWindow(int days) {

    public static final int DEFAULT_DAYS = 10;
    public static final int MOST_DAYS = 60;

    public AppealWindow {
        if (days < 1 || days > MOST_DAYS) {
            throw AppealRefused.invalid("identification.appeal.settingDays", MOST_DAYS);
        }
    }

    /** Why a family may appeal. */
    public enum Ground {
        REFUSED("认定为不困难"),
        LOWERED("认定等级低于评分建议");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The facts of an identification the window reads.
     *
     * @param finallyDecided whether the identification is in force
     * @param level the level in force, null before a decision
     * @param suggested the score's suggestion, null when none was given
     * @param finalAt when the level in force was finally decided, null before
     */
    public record Identification(
            boolean finallyDecided, DifficultyLevel level, DifficultyLevel suggested, Instant finalAt) {}

    /** Refused (不困难), or lower than the suggestion; empty when the family got what the score suggested or more. */
    public static Optional<Ground> ground(Identification identification) {
        DifficultyLevel level = identification.level();
        if (level == null) {
            return Optional.empty();
        }
        if (level == DifficultyLevel.NOT_DIFFICULT) {
            return Optional.of(Ground.REFUSED);
        }
        DifficultyLevel suggested = identification.suggested();
        return suggested != null && lower(level, suggested) ? Optional.of(Ground.LOWERED) : Optional.empty();
    }

    /** Whether {@code level} is less difficult than {@code than} (特别困难 › 比较困难 › 一般困难 › 不困难). */
    public static boolean lower(DifficultyLevel level, DifficultyLevel than) {
        return level.ordinal() > than.ordinal();
    }

    /** The last day to appeal, China time. */
    public LocalDate lastDay(Instant finalAt, ZoneId zone) {
        return LocalDate.ofInstant(finalAt, zone).plusDays(days);
    }

    /** The message code of the rule that refuses an appeal now, or null when the family may appeal. */
    public String problem(Identification identification, boolean appealedBefore, Instant now, ZoneId zone) {
        if (appealedBefore) {
            return "identification.appeal.once";
        }
        if (!identification.finallyDecided() || identification.finalAt() == null) {
            return "identification.appeal.notFinal";
        }
        if (ground(identification).isEmpty()) {
            return "identification.appeal.noGround";
        }
        if (LocalDate.ofInstant(now, zone).isAfter(lastDay(identification.finalAt(), zone))) {
            return "identification.appeal.windowClosed";
        }
        return null;
    }
}
