package com.aidloop.identification.notice;

import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.NoticeLine;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one reader of "finally decided" for the notice: the statuses {@link
 * ApplicationStatus#finallyDecided()} names (the school's decision outside three-party review, the
 * county's approval inside it), in {@link #FINAL}. The level in force is the latest change after the decision
 * (an upheld objection), else the decided level; a cancelled identification is no longer decided.
 */
@Component
class FinallyDecided {

    /** The statuses that mean the identification is final. */
    static final String FINAL = ApplicationStatus.finallyDecidedNames().stream()
            .map(name -> "'" + name + "'")
            .collect(Collectors.joining(", ", "a.status IN (", ")"));

    private static final String IN_FORCE = """
            WITH latest AS (
                SELECT DISTINCT ON (application_id) application_id, to_level, cancelled
                FROM identification_level_change ORDER BY application_id, id DESC)
            SELECT a.id, a.student_name, a.grade, a.class_name,
                   CASE WHEN l.application_id IS NULL THEN a.decided_level ELSE l.to_level END AS level
            FROM identification_application a LEFT JOIN latest l ON l.application_id = a.id
            """;

    private final JdbcClient jdbc;

    FinallyDecided(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The students of a school and year finally identified as in difficulty (not 不困难, not
     * cancelled), for the coverage, in grade, class and name order.
     */
    List<NoticeLine> of(long schoolId, int schoolYear, Coverage coverage, String grade, String className) {
        return jdbc.sql(IN_FORCE + " WHERE " + FINAL + """
                         AND a.school_id = :school AND a.school_year = :year
                         AND (:coverage = 'SCHOOL' OR a.grade = :grade)
                         AND (:coverage <> 'CLASS' OR a.class_name = :className)
                         AND NOT coalesce(l.cancelled, false)
                         AND (CASE WHEN l.application_id IS NULL THEN a.decided_level ELSE l.to_level END) <> 'NOT_DIFFICULT'
                        ORDER BY a.grade, a.class_name, a.student_name, a.id
                        """)
                .param("school", schoolId)
                .param("year", schoolYear)
                .param("coverage", coverage.name())
                .param("grade", grade == null ? "" : grade)
                .param("className", className == null ? "" : className)
                .query((rs, n) -> new NoticeLine(
                        rs.getLong("id"),
                        rs.getString("student_name"),
                        rs.getString("grade"),
                        rs.getString("class_name"),
                        DifficultyLevel.valueOf(rs.getString("level"))))
                .list();
    }

    /** The level in force of one finally decided application; empty when it is not final or was cancelled. */
    Optional<DifficultyLevel> levelInForce(long applicationId) {
        return jdbc.sql(IN_FORCE + " WHERE " + FINAL + " AND a.id = :id AND NOT coalesce(l.cancelled, false)")
                .param("id", applicationId)
                .query((rs, n) -> DifficultyLevel.valueOf(rs.getString("level")))
                .optional();
    }

    /** The grades and classes of a school's finally decided applications of a year, for the publishing form. */
    List<String[]> classes(long schoolId, int schoolYear) {
        return jdbc.sql("SELECT DISTINCT a.grade, a.class_name FROM identification_application a WHERE " + FINAL
                        + " AND a.school_id = :school AND a.school_year = :year ORDER BY 1, 2")
                .param("school", schoolId)
                .param("year", schoolYear)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }
}
