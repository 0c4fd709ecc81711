package com.aidloop.identification.window;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identification windows and late windows (V60). Windows are few: scope is decided in Java. */
@Repository
class WindowStore {

    private static final String WINDOW = """
            SELECT id, county_code, school_year, starts_on, ends_on, opened_by, opened_at, closed_by, closed_at,
                   guardians_notified
              FROM identification_window
            """;

    private static final String LATE = """
            SELECT id, window_id, student_id, school_id, reason, ends_on, opened_by, opened_at
              FROM identification_late_window
            """;

    private final JdbcClient jdbc;

    WindowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new window's id, or empty when the county has that year already. */
    Optional<Long> insert(String county, int year, LocalDate starts, LocalDate ends, String by, Instant now) {
        return jdbc.sql("""
                        INSERT INTO identification_window (county_code, school_year, starts_on, ends_on, opened_by, opened_at)
                        VALUES (:county, :year, :starts, :ends, :by, :now)
                        ON CONFLICT (county_code, school_year) DO NOTHING
                        RETURNING id
                        """)
                .param("county", county)
                .param("year", year)
                .param("starts", starts)
                .param("ends", ends)
                .param("by", by)
                .param("now", utc(now))
                .query(Long.class)
                .optional();
    }

    void notified(long id, int guardians) {
        jdbc.sql("UPDATE identification_window SET guardians_notified = :n WHERE id = :id")
                .param("id", id)
                .param("n", guardians)
                .update();
    }

    boolean close(long id, String by, Instant now) {
        return jdbc.sql(
                                "UPDATE identification_window SET closed_by = :by, closed_at = :now WHERE id = :id AND closed_at IS NULL")
                        .param("id", id)
                        .param("by", by)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    Optional<IdentificationWindow> find(long id) {
        return jdbc.sql(WINDOW + " WHERE id = :id")
                .param("id", id)
                .query(this::window)
                .optional();
    }

    /** The windows of the counties, newest year first. */
    List<IdentificationWindow> ofCounties(List<String> counties) {
        if (counties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WINDOW + " WHERE county_code = ANY(:counties) ORDER BY school_year DESC, county_code")
                .param("counties", counties.toArray(String[]::new))
                .query(this::window)
                .list();
    }

    List<IdentificationWindow> all() {
        return jdbc.sql(WINDOW + " ORDER BY school_year DESC, county_code")
                .query(this::window)
                .list();
    }

    long insertLate(
            long windowId,
            long studentId,
            long schoolId,
            String township,
            String reason,
            LocalDate ends,
            String by,
            Instant now) {
        return jdbc.sql("""
                        INSERT INTO identification_late_window
                            (window_id, student_id, school_id, school_township_code, reason, ends_on, opened_by, opened_at)
                        VALUES (:window, :student, :school, :township, :reason, :ends, :by, :now)
                        RETURNING id
                        """)
                .param("window", windowId)
                .param("student", studentId)
                .param("school", schoolId)
                .param("township", township)
                .param("reason", reason)
                .param("ends", ends)
                .param("by", by)
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    /** The student's late window still open on the day, the one lasting longest. */
    Optional<LateWindow> lateOpenFor(long studentId, LocalDate today) {
        return jdbc.sql(LATE
                        + " WHERE student_id = :student AND ends_on >= :today ORDER BY ends_on DESC, id DESC LIMIT 1")
                .param("student", studentId)
                .param("today", today)
                .query(this::late)
                .optional();
    }

    List<LateWindow> lateOfSchool(long schoolId) {
        return jdbc.sql(LATE + " WHERE school_id = :school ORDER BY opened_at DESC, id DESC LIMIT 200")
                .param("school", schoolId)
                .query(this::late)
                .list();
    }

    /** How many late windows each window has. */
    Map<Long, Integer> lateCounts(List<Long> windowIds) {
        if (windowIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT window_id, count(*) AS n FROM identification_late_window
                         WHERE window_id = ANY(:ids) GROUP BY window_id
                        """)
                .param("ids", windowIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("window_id"), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private IdentificationWindow window(ResultSet rs, int n) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new IdentificationWindow(
                rs.getLong("id"),
                rs.getString("county_code"),
                rs.getInt("school_year"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getString("closed_by"),
                closed == null ? null : closed.toInstant(),
                rs.getInt("guardians_notified"));
    }

    private LateWindow late(ResultSet rs, int n) throws SQLException {
        return new LateWindow(
                rs.getLong("id"),
                rs.getLong("window_id"),
                rs.getLong("student_id"),
                rs.getLong("school_id"),
                rs.getString("reason"),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
