package com.aidloop.identification.notice;

import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.IdentificationStanding;
import com.aidloop.identification.notice.domain.NoticeLine;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one reader of "finally decided" for the notice: the statuses {@link
 * ApplicationStatus#finallyDecided()} names (the school's decision outside three-party review, the
 * county's approval inside it), in {@link #FINAL}. The level in force is the application's decided
 * level, which adjustments and upheld objections change alike; 不困难 (a cancelled identification)
 * is not identified.
 */
@Component
class FinallyDecided {

    /** The statuses that mean the identification is final. */
    static final String FINAL = ApplicationStatus.finallyDecidedNames().stream()
            .map(name -> "'" + name + "'")
            .collect(Collectors.joining(", ", "a.status IN (", ")"));

    private final JdbcClient jdbc;

    FinallyDecided(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The students of a school and year finally identified as in difficulty (not 不困难), for the
     * coverage, in grade, class and name order.
     */
    List<NoticeLine> of(long schoolId, int schoolYear, Coverage coverage, String grade, String className) {
        return jdbc.sql("SELECT a.id, a.student_name, a.grade, a.class_name, a.decided_level"
                        + " FROM identification_application a WHERE " + FINAL + """
                         AND a.school_id = :school AND a.school_year = :year
                         AND (:coverage = 'SCHOOL' OR a.grade = :grade)
                         AND (:coverage <> 'CLASS' OR a.class_name = :className)
                         AND a.decided_level <> 'NOT_DIFFICULT'
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
                        DifficultyLevel.valueOf(rs.getString("decided_level"))))
                .list();
    }

    /** The level in force of one finally decided application; empty when it is not final or 不困难 (cancelled). */
    Optional<DifficultyLevel> levelInForce(long applicationId) {
        return standing(applicationId).map(IdentificationStanding::inForce);
    }

    /** Where one decided application stands (its decided level and status); empty when it was never decided. */
    Optional<IdentificationStanding> standing(long applicationId) {
        return jdbc.sql("""
                        SELECT a.decided_level, a.status FROM identification_application a
                         WHERE a.id = :id AND a.decided_level IS NOT NULL
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new IdentificationStanding(
                        DifficultyLevel.valueOf(rs.getString("decided_level")),
                        ApplicationStatus.valueOf(rs.getString("status"))))
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
