package com.aidloop.calendar;

import com.aidloop.shared.Refusal;

/** A change of the holiday calendar refused, with the fix. */
public class CalendarRefused extends Refusal {

    CalendarRefused(String code, Object... args) {
        super(Kind.INVALID, code, args);
    }
}
