package com.aidloop.comparison.figures;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The students of the register (a support-list match recognised today) in a scope, each with
 * whether the family is 脱贫户 (建档立卡), identified in the school year, aided by a need-based
 * programme; and the worklist items by kind and status.
 */
@Repository
class CoverageStore {

    /** One listed student: where, and whether identified and aided. */
    record Listed(long schoolId, String townshipCode, boolean poverty, boolean identified, boolean aided) {}

    /** How many worklist items of a kind are in a status. */
    record ItemCount(String kind, String status, String route, long count) {}

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> listed(
            DataScope scope, java.time.LocalDate today, int schoolYear, List<String> terms, List<String> kinds) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("today", today);
        params.put("year", schoolYear);
        params.put("terms", terms.toArray(String[]::new));
        params.put("kinds", kinds.toArray(String[]::new));
        return jdbc.sql("""
                        SELECT s.id, s.school_id, s.household_township_code,
                               bool_or(m.type_code = 'POVERTY_ALLEVIATED') AS poverty,
                               EXISTS (SELECT 1 FROM identification_application a
                                        WHERE a.student_id = s.id AND a.school_year = :year AND a.status IN ('DECIDED', 'APPROVED')
                                          AND a.decided_level <> 'NOT_DIFFICULT') AS identified,
                               EXISTS (SELECT 1 FROM award_award w JOIN programme_programme pg ON pg.code = w.programme_code
                                        WHERE w.student_id = s.id AND w.term = ANY(CAST(:terms AS TEXT[]))
                                          AND pg.kind = ANY(CAST(:kinds AS TEXT[]))) AS aided
                          FROM comparison_match m
                          JOIN comparison_list_type t ON t.code = m.type_code AND t.kind = 'SUPPORT'
                          JOIN registry_student s ON s.id = m.student_id
                         WHERE m.review IN ('AGREED', 'CONFIRMED') AND """
                        + com.aidloop.comparison.worklist.WorklistSql.RECOGNISED + " AND " + ScopeFilter.students("s")
                        + " GROUP BY s.id, s.school_id, s.household_township_code")
                .params(params)
                .query((rs, n) -> new Listed(
                        rs.getLong("school_id"),
                        rs.getString("household_township_code"),
                        rs.getBoolean("poverty"),
                        rs.getBoolean("identified"),
                        rs.getBoolean("aided")))
                .list();
    }

    List<ItemCount> items(DataScope scope) {
        return jdbc.sql("SELECT i.kind, i.status, i.route, count(*) AS n FROM comparison_worklist_item i WHERE "
                        + ScopeFilter.students("i") + " GROUP BY i.kind, i.status, i.route ORDER BY 1, 2, 3")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> new ItemCount(
                        rs.getString("kind"), rs.getString("status"), rs.getString("route"), rs.getLong("n")))
                .list();
    }
}
