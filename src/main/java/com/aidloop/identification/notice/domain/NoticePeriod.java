package com.aidloop.identification.notice.domain;

import com.aidloop.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice's period: from its first day to the last of at least five working days counted on the
 * holiday calendar (a notice over 国庆 runs past the holiday). Readable from the first day to the
 * end of the last.
 */
public record NoticePeriod(LocalDate startsOn, LocalDate endsOn, int workingDays) {

    /** The least a notice lasts (公示期不少于5个工作日). */
    public static final int LEAST_WORKING_DAYS = 5;

    /** Where a notice stands on a day. */
    public enum State {
        NOT_STARTED("公示尚未开始"),
        OPEN("公示中"),
        ENDED("公示已结束");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public NoticePeriod {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (workingDays < LEAST_WORKING_DAYS) {
            throw new IllegalArgumentException("a notice lasts at least five working days");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice ends after it starts");
        }
    }

    /** The period of n working days (at least five) from a first day, on the calendar. */
    public static NoticePeriod of(WorkingDays calendar, LocalDate startsOn, int workingDays) {
        int days = Math.max(LEAST_WORKING_DAYS, workingDays);
        return new NoticePeriod(startsOn, calendar.lastOfPeriod(startsOn, days), days);
    }

    public State state(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return State.NOT_STARTED;
        }
        return today.isAfter(endsOn) ? State.ENDED : State.OPEN;
    }
}
