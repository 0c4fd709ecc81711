package com.aidloop.platform;

import com.aidloop.shared.Term;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's one reading of time for people: moments are stored as instants and shown in the
 * configured zone ({@code aidloop.display-zone}, China time by default) on every page and export,
 * and "today" and the current term come from the application's {@link Clock} in that zone. Pages
 * use it as {@code ${@chinaTime.minute(t)}}.
 */
@Component("chinaTime")
public class ChinaTime {

    private static final String MINUTE = "yyyy-MM-dd HH:mm";
    private static final String SECOND = "yyyy-MM-dd HH:mm:ss";

    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter second;

    @Autowired
    public ChinaTime(@Value("${aidloop.display-zone:Asia/Shanghai}") ZoneId zone, ObjectProvider<Clock> clock) {
        this(zone, clock.getIfUnique(Clock::systemUTC));
    }

    public ChinaTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock.withZone(zone);
        this.minute = DateTimeFormatter.ofPattern(MINUTE).withZone(zone);
        this.second = DateTimeFormatter.ofPattern(SECOND).withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A moment to the minute, "2026-11-27 16:00"; "" for none. */
    public String minute(Instant instant) {
        return instant == null ? "" : minute.format(instant);
    }

    /** A moment to the second, "2026-11-27 16:00:05"; "" for none. */
    public String second(Instant instant) {
        return instant == null ? "" : second.format(instant);
    }

    /** The calendar day of a moment in the display zone. */
    public LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The moment now by the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The term running today ({@link Term#of}). */
    public Term currentTerm() {
        return Term.current(clock);
    }

    /** The term asked for, or today's when none is asked; an unreadable term is an {@code InvalidValue}. */
    public Term termOrCurrent(String raw) {
        return raw == null || raw.isBlank() ? currentTerm() : Term.parse(raw);
    }

    /** The terms a page offers: {@code before} back to {@code after} ahead of today's, and the chosen one, newest first. */
    public List<Term> termChoices(int before, int after, Term chosen) {
        return currentTerm().around(before, after, chosen);
    }
}
