package com.aidloop.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day the calendar sets apart from the plain week.
 *
 * @param name the holiday it belongs to (元旦, 春节 …), as published
 * @param confirmed whether the State Council's arrangement for the year has been checked; a day
 *     shipped before publication (the fixed-date holidays of a year ahead) is not
 */
public record CalendarDay(LocalDate day, DayKind kind, String name, boolean confirmed) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 20) {
            throw new IllegalArgumentException("a calendar day is named, in at most 20 characters");
        }
    }
}
