package com.aidloop.identification.appeal;

import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.identification.appeal.domain.AppealDecision;
import com.aidloop.identification.appeal.domain.AppealRuling;
import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appeals ({@code identification_appeal}, V82), read in scope through their application (the
 * school's staff, a region holding the school), and the moment an identification became final.
 */
@Component
class AppealStore {

    private static final String SELECT = """
            SELECT p.id, p.application_id, a.student_name, s.name AS school_name, a.grade, a.class_name,
                   a.school_year, p.appealed_level, p.suggested_level, p.grounds, p.lodged_by, p.lodged_at,
                   p.decision, p.new_level, p.reason, p.decided_by, p.decided_at
              FROM identification_appeal p
              JOIN identification_application a ON a.id = p.application_id
              LEFT JOIN school_school s ON s.id = a.school_id
            """;

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a family lodged, checked. */
    record Lodged(
            long applicationId, DifficultyLevel appealed, DifficultyLevel suggested, String grounds, String lodgedBy) {}

    /** Adds the appeal; empty when the application has one already (a lost race: one appeal a year). */
    Optional<Long> add(Lodged lodged) {
        return jdbc.sql("""
                        INSERT INTO identification_appeal (application_id, appealed_level, suggested_level, grounds, lodged_by)
                        VALUES (:application, :appealed, :suggested, :grounds, :by)
                        ON CONFLICT (application_id) DO NOTHING
                        RETURNING id
                        """)
                .param("application", lodged.applicationId())
                .param("appealed", lodged.appealed().name())
                .param(
                        "suggested",
                        lodged.suggested() == null ? null : lodged.suggested().name())
                .param("grounds", lodged.grounds())
                .param("by", lodged.lodgedBy())
                .query(Long.class)
                .optional();
    }

    /** The appeal of an application the caller reached already (a family's own), if any. */
    Optional<Appeal> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE p.application_id = :application")
                .param("application", applicationId)
                .query((rs, n) -> appeal(rs))
                .optional();
    }

    /** One appeal in reach. */
    Optional<Appeal> find(long id, Reach reach) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + reach.sql("a"))
                .params(reach.params())
                .param("id", id)
                .query((rs, n) -> appeal(rs))
                .optional();
    }

    /** The appeals in reach, waiting ones (oldest first) or decided ones (newest first). */
    List<Appeal> list(Reach reach, boolean waiting, int limit) {
        String order = waiting ? " ORDER BY p.lodged_at, p.id" : " ORDER BY p.decided_at DESC, p.id DESC";
        return jdbc.sql(SELECT + " WHERE (p.decision IS NULL) = :waiting AND " + reach.sql("a") + order
                        + " LIMIT :limit")
                .params(reach.params())
                .param("waiting", waiting)
                .param("limit", limit)
                .query((rs, n) -> appeal(rs))
                .list();
    }

    /** How many appeals in reach wait and how many were decided. */
    Map<Boolean, Integer> counts(Reach reach) {
        Map<Boolean, Integer> counts = new java.util.HashMap<>(Map.of(true, 0, false, 0));
        jdbc.sql("""
                        SELECT p.decision IS NULL AS waiting, count(*) FROM identification_appeal p
                          JOIN identification_application a ON a.id = p.application_id
                         WHERE %s GROUP BY 1
                        """.formatted(reach.sql("a")))
                .params(reach.params())
                .query((rs, n) -> counts.put(rs.getBoolean(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /** Records the ruling once: false when it was decided already (a lost race). */
    boolean decide(long id, AppealRuling ruling, String by) {
        return jdbc.sql("""
                        UPDATE identification_appeal SET decision = :decision, new_level = :level, reason = :reason,
                            decided_by = :by, decided_at = now()
                         WHERE id = :id AND decision IS NULL
                        """)
                        .param("id", id)
                        .param("decision", ruling.decision().name())
                        .param(
                                "level",
                                ruling.newLevel() == null
                                        ? null
                                        : ruling.newLevel().name())
                        .param("reason", ruling.reason())
                        .param("by", by)
                        .update()
                == 1;
    }

    /** A finally decided application of the year in reach, refused (不困难) and not appealed: its id and student. */
    Optional<long[]> refusedWithoutAppeal(Reach reach, int schoolYear) {
        return jdbc.sql("""
                        SELECT a.id, a.student_id FROM identification_application a
                         WHERE a.status = ANY(:final) AND a.school_year = :year AND a.decided_level = 'NOT_DIFFICULT'
                           AND NOT EXISTS (SELECT 1 FROM identification_appeal p WHERE p.application_id = a.id)
                           AND %s
                         ORDER BY a.id LIMIT 1
                        """.formatted(reach.sql("a")))
                .params(reach.params())
                .param("final", ApplicationStatus.finallyDecidedNames().toArray(String[]::new))
                .param("year", schoolYear)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    /** The student and school of an appeal's application, for the message to the family. */
    record Whose(long studentId, long schoolId, String schoolTownshipCode) {}

    /** The student and school of an application the caller reached already. */
    Whose whose(long applicationId) {
        return jdbc.sql("""
                        SELECT student_id, school_id, school_township_code FROM identification_application WHERE id = :id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new Whose(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .single();
    }

    /** When the county approved the application after three-party review, if it did. */
    Optional<Instant> approvedAt(long applicationId) {
        return jdbc.sql("SELECT approved_at FROM identification_three_party_review WHERE application_id = :id")
                .param("id", applicationId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(at -> at);
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        String newLevel = rs.getString("new_level");
        String suggested = rs.getString("suggested_level");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Appeal(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getString("student_name"),
                rs.getString("school_name"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getInt("school_year"),
                DifficultyLevel.valueOf(rs.getString("appealed_level")),
                suggested == null ? null : DifficultyLevel.valueOf(suggested),
                rs.getString("grounds"),
                rs.getString("lodged_by"),
                rs.getTimestamp("lodged_at").toInstant(),
                decision == null
                        ? null
                        : new AppealRuling(
                                AppealDecision.valueOf(decision),
                                newLevel == null ? null : DifficultyLevel.valueOf(newLevel),
                                rs.getString("reason")),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
