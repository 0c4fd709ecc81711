package com.aidloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Working days: Monday to Friday, except the calendar's holidays, plus its adjusted working days
 * (调休上班, a Saturday or Sunday worked). Periods and deadlines are counted in these days.
 */
public final class WorkingDays {

    /** More than any period the platform counts; a guard against a calendar without working days. */
    private static final int MAX_SCAN = 3660;

    private final Map<LocalDate, CalendarDay> days = new HashMap<>();

    public WorkingDays(Collection<CalendarDay> entries) {
        entries.forEach(d -> days.put(d.day(), d));
    }

    /** The entry of a day, if the calendar sets it apart from the plain week. */
    public Optional<CalendarDay> entry(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay entry = days.get(day);
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code n} working days after {@code from} (from itself not counted): an objection
     * lodged on a Friday before a three-day holiday with 3 working days to answer is due on the
     * third working day after the holiday. n = 0 answers {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative");
        }
        LocalDate day = from;
        for (int counted = 0, scanned = 0; counted < n; scanned++) {
            guard(scanned);
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The day {@code n} working days before {@code from} (from itself not counted), the inverse of
     * {@link #addWorkingDays}: the earliest day a thing may have begun and still have its n working
     * days left to run on {@code from}. n = 0 answers {@code from}.
     */
    public LocalDate subtractWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to subtract must not be negative");
        }
        LocalDate day = from;
        for (int counted = 0, scanned = 0; counted < n; scanned++) {
            guard(scanned);
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of {@code n} working days beginning on {@code first} (counted when it
     * is a working day): a notice from Monday lasting 5 working days ends on Friday; one begun on
     * the eve of a holiday ends after it.
     */
    public LocalDate lastOfPeriod(LocalDate first, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day");
        }
        return addWorkingDays(first.minusDays(1), n);
    }

    /** The working days from {@code first} to {@code last}, both counted. */
    public int workingDaysBetween(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day on or after a day. */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    private static void guard(int scanned) {
        if (scanned > MAX_SCAN) {
            throw new IllegalStateException("no working day within ten years: the calendar is wrong");
        }
    }
}
