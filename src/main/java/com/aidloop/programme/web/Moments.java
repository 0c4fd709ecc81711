package com.aidloop.programme.web;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reads "as the catalogue stood at" moments from pages and the API: a date means the end of that
 * day in the display zone, China time ("as it stood on 2026-03-01"), a date and time without offset is in that zone, an
 * ISO instant or offset time is taken as written. Blank means now.
 */
final class Moments {

    private Moments() {}

    static Instant parse(String raw, ZoneId zone) {
        String s = Text.normalize(raw);
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s)
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .minus(1, ChronoUnit.MICROS);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(s).toInstant();
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValue("programme.recordedAt.format", s);
        }
    }
}
