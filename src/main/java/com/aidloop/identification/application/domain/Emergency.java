package com.aidloop.identification.application.domain;

import java.time.LocalDate;

/** An emergency of the last year (灾害、意外、重病) with its date and a few words. */
public record Emergency(Kind kind, LocalDate date, String note) {

    /** What happened. */
    public enum Kind {
        DISASTER("自然灾害"),
        ACCIDENT("突发意外"),
        SERIOUS_ILLNESS("重大疾病");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Emergency {
        note = note == null ? "" : note.strip();
    }

    /** Within the year before the day given. */
    public boolean within12MonthsOf(LocalDate day) {
        return date != null && !date.isAfter(day) && date.isAfter(day.minusYears(1));
    }
}
