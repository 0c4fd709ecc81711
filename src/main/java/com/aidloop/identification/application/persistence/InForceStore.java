package com.aidloop.identification.application.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.privacy.SensitiveData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identifications in force of many students in one school year, read in one query: the
 * finally decided application of each (at most one per student and year is not withdrawn).
 */
@Repository
public class InForceStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    InForceStore(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** An identification in force: its decided level and the special groups its form names. */
    public record Held(DifficultyLevel level, List<String> specialGroups) {}

    /** The decided level of each student's identification in force, for the students the scope's applications hold. */
    public Map<Long, DifficultyLevel> levels(Collection<Long> students, int schoolYear, DataScope scope) {
        Map<Long, DifficultyLevel> levels = new HashMap<>();
        if (students.isEmpty()) {
            return levels;
        }
        inForce("a.decided_level", students, schoolYear, scope)
                .query((rs, n) ->
                        levels.put(rs.getLong("student_id"), DifficultyLevel.valueOf(rs.getString("decided_level"))))
                .list();
        return levels;
    }

    /**
     * The decided level and the form's special groups of each student's identification in force,
     * for the students the scope's applications hold: one query, each form opened here and only
     * its special groups kept (a system check; nothing of the form is logged or returned).
     */
    public Map<Long, Held> held(Collection<Long> students, int schoolYear, DataScope scope) {
        Map<Long, Held> held = new HashMap<>();
        if (students.isEmpty()) {
            return held;
        }
        inForce("a.decided_level, a.form_sealed", students, schoolYear, scope)
                .query((rs, n) -> held.put(
                        rs.getLong("student_id"),
                        new Held(
                                DifficultyLevel.valueOf(rs.getString("decided_level")),
                                specialGroups(rs.getString("form_sealed")))))
                .list();
        return held;
    }

    /** The finally decided applications of the students in the school year, within the scope . */
    private JdbcClient.StatementSpec inForce(
            String columns, Collection<Long> students, int schoolYear, DataScope scope) {
        return jdbc.sql("SELECT a.student_id, " + columns + """
                          FROM identification_application a
                         WHERE a.student_id = ANY(:students)
                           AND a.school_year = :year
                           AND a.status = ANY(:finallyDecided)
                           AND a.decided_level IS NOT NULL
                           AND """ + ScopeFilter.applications("a"))
                .params(ScopeFilter.params(scope))
                .param("students", students.toArray(Long[]::new))
                .param("year", schoolYear)
                .param("finallyDecided", ApplicationStatus.finallyDecidedNames().toArray(String[]::new));
    }

    private List<String> specialGroups(String sealed) {
        if (sealed == null) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        JSON.readTree(sensitive.open(sealed)).path("specialGroups").forEach(g -> groups.add(g.asString()));
        return groups;
    }
}
