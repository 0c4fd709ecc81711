package com.aidloop.calendar;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday calendar as stored ({@code calendar_day}, V75: the State Council's 2026 arrangement,
 * the fixed-date holidays of 2027 to be confirmed) and the working-day arithmetic over it. Every
 * change is audited ({@code calendar_day}, keyed by the date).
 */
@Service
public class HolidayCalendar {

    static final String AUDITED_AS = "calendar_day";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    HolidayCalendar(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The calendar as it is now (a few dozen rows a year, read afresh so that an edit counts at once). */
    public WorkingDays workingDays() {
        return new WorkingDays(jdbc.sql("SELECT day, kind, name, confirmed FROM calendar_day")
                .query((rs, n) -> day(rs))
                .list());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }

    /** The day n working days after a day (the day itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return workingDays().addWorkingDays(from, n);
    }

    /** The last day of a period of n working days beginning on a day. */
    public LocalDate lastOfPeriod(LocalDate first, int n) {
        return workingDays().lastOfPeriod(first, n);
    }

    /** The days of a year the calendar sets apart, by date. */
    public List<CalendarDay> year(int year) {
        return jdbc.sql("""
                        SELECT day, kind, name, confirmed FROM calendar_day
                        WHERE day BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31) ORDER BY day
                        """).param("y", year).query((rs, n) -> day(rs)).list();
    }

    /** Sets a day as a holiday or an adjusted working day (a new or changed entry), confirmed; audited. */
    @Transactional
    public void set(LocalDate day, DayKind kind, String name, String by) {
        if (day == null || kind == null) {
            throw new CalendarRefused("calendar.dayRequired");
        }
        if (name == null || name.isBlank() || name.strip().length() > 20) {
            throw new CalendarRefused("calendar.nameRequired");
        }
        Optional<CalendarDay> before = entry(day);
        CalendarDay after = new CalendarDay(day, kind, name, true);
        jdbc.sql("""
                        INSERT INTO calendar_day (day, kind, name, confirmed, updated_by, updated_at)
                        VALUES (:day, :kind, :name, true, :by, now())
                        ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                            confirmed = true, updated_by = EXCLUDED.updated_by, updated_at = now()
                        """)
                .param("day", day)
                .param("kind", kind.name())
                .param("name", after.name())
                .param("by", by)
                .update();
        audit.record(AuditRecord.of(
                        before.isPresent() ? "UPDATE" : "CREATE",
                        AUDITED_AS,
                        day,
                        "节假日安排：" + day + " " + after.name() + kind.label())
                .withChanges(List.of(new AuditRecord.FieldChange(
                        "kind",
                        before.map(d -> d.kind().label() + " " + d.name()).orElse(""),
                        kind.label() + " " + after.name()))));
    }

    /** Takes a day out of the calendar (it follows the plain week again); audited. */
    @Transactional
    public void remove(LocalDate day, String by) {
        Optional<CalendarDay> before = entry(day);
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", day).update();
        audit.record(AuditRecord.of(
                        "DELETE",
                        AUDITED_AS,
                        day,
                        "节假日安排：删除" + day + " " + before.get().name()
                                + before.get().kind().label())
                .by(by));
    }

    /** Marks a year's days as checked against the State Council's published arrangement; audited. */
    @Transactional
    public int confirmYear(int year, String by) {
        int confirmed = jdbc.sql("""
                        UPDATE calendar_day SET confirmed = true, updated_by = :by, updated_at = now()
                        WHERE day BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31) AND NOT confirmed
                        """).param("y", year).param("by", by).update();
        audit.record(AuditRecord.of("APPROVE", AUDITED_AS, year, "节假日安排：确认" + year + "年安排（" + confirmed + "天）")
                .by(by));
        return confirmed;
    }

    private Optional<CalendarDay> entry(LocalDate day) {
        return jdbc.sql("SELECT day, kind, name, confirmed FROM calendar_day WHERE day = :day")
                .param("day", day)
                .query((rs, n) -> day(rs))
                .optional();
    }

    private static CalendarDay day(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CalendarDay(
                rs.getObject("day", LocalDate.class),
                DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getBoolean("confirmed"));
    }
}
