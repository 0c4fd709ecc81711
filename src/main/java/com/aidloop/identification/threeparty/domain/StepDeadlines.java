package com.aidloop.identification.threeparty.domain;

import com.aidloop.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The deadlines of the three review steps as a county set them, counted in working days on the
 * holiday calendar: a step entered on a day is due {@code n} working days later (the day of entry
 * not counted) and overdue from the day after that. A step entered on the eve of the National Day
 * holiday is therefore not overdue during the holiday, and an adjusted working day (调休上班) counts.
 * Days are read in the platform's display zone.
 *
 * @param today the day the deadlines are judged on
 */
public record StepDeadlines(ThreePartyRules rules, WorkingDays workingDays, ZoneId zone, LocalDate today) {

    /** The working days the county gives a step (0 for a step nobody works at). */
    public int workingDaysFor(ReviewStep step) {
        return rules.daysFor(step);
    }

    /** The last day to act on a step entered at a moment. */
    public LocalDate dueOn(ReviewStep step, Instant since) {
        return workingDays.addWorkingDays(since.atZone(zone).toLocalDate(), workingDaysFor(step));
    }

    /** Whether a step entered at a moment waits past its due day. */
    public boolean overdue(ReviewStep step, Instant since) {
        return step.waiting() && dueOn(step, since).isBefore(today);
    }

    /**
     * The moment before which a step must have been entered to be overdue today, for counting in
     * SQL ({@code step_since < cutoff}): the start of the day {@code n} working days before today.
     * Consistent with {@link #overdue}, since the due day never falls as the day of entry rises.
     */
    public Instant overdueIfEnteredBefore(ReviewStep step) {
        return workingDays
                .subtractWorkingDays(today, workingDaysFor(step))
                .atStartOfDay(zone)
                .toInstant();
    }
}
