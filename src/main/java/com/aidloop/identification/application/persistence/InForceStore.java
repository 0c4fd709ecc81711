package com.aidloop.identification.application.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identifications in force of many students in one school year, read in one query: the
 * finally decided application of each (at most one per student and year is not withdrawn).
 */
@Repository
public class InForceStore {

    private final JdbcClient jdbc;

    InForceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decided level of each student's identification in force, for the students the scope's applications hold. */
    public Map<Long, DifficultyLevel> levels(Collection<Long> students, int schoolYear, DataScope scope) {
        Map<Long, DifficultyLevel> levels = new HashMap<>();
        if (students.isEmpty()) {
            return levels;
        }
        jdbc.sql("""
                        SELECT a.student_id, a.decided_level
                          FROM identification_application a
                         WHERE a.student_id = ANY(:students)
                           AND a.school_year = :year
                           AND a.status = ANY(:finallyDecided)
                           AND a.decided_level IS NOT NULL
                           AND """ + ScopeFilter.applications("a"))
                .params(ScopeFilter.params(scope))
                .param("students", students.toArray(Long[]::new))
                .param("year", schoolYear)
                .param("finallyDecided", ApplicationStatus.finallyDecidedNames().toArray(String[]::new))
                .query((rs, n) ->
                        levels.put(rs.getLong("student_id"), DifficultyLevel.valueOf(rs.getString("decided_level"))))
                .list();
        return levels;
    }
}
