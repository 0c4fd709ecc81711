package com.aidloop.comparison.persistence;

import com.aidloop.comparison.HeldMatch;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Messages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the register from the matches of support lists: one line per student and category (the
 * open match first, then the latest), held and rejected matches left out.
 */
@Repository
public class RegisterStore {

    /** A register line's stored facts, before the status rule and the masking. */
    public record Fact(
            long matchId,
            long studentId,
            String studentName,
            String idNumberMasked,
            long schoolId,
            String householdTownshipCode,
            String typeCode,
            String department,
            LocalDate asOf,
            LocalDate endedOn,
            String via,
            String attributes) {}

    private static final String LINES = """
            SELECT DISTINCT ON (m.student_id, m.type_code) m.*
              FROM comparison_match m
              JOIN comparison_list_type t ON t.code = m.type_code AND t.kind = 'SUPPORT'
             WHERE m.review IN ('AGREED', 'CONFIRMED')
            """;
    /** The open match first, then the latest list, then the student before a guardian before a member. */
    private static final String ORDER =
            " ORDER BY m.student_id, m.type_code, m.ended_on DESC NULLS FIRST, m.as_of DESC,"
                    + " CASE m.via WHEN 'STUDENT' THEN 0 WHEN 'GUARDIAN' THEN 1 ELSE 2 END, m.id";

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every register fact of one student (identification's look-up: not scoped, by student id). */
    public List<Fact> ofStudent(long studentId) {
        return jdbc.sql(LINES + " AND m.student_id = :student" + ORDER)
                .param("student", studentId)
                .query((rs, n) -> fact(rs))
                .list();
    }

    /**
     * The facts of the students in scope, optionally of one school or with schools or households
     * in one region (a township), ordered by school and name.
     */
    public List<Fact> inScope(DataScope scope, Long schoolId, String withinRegion, int limit) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("school", schoolId);
        params.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(withinRegion));
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (" + LINES + " AND " + ScopeFilter.students("m") + " AND "
                        + ScopeFilter.studentsWithin("m")
                        + " AND (CAST(:school AS BIGINT) IS NULL OR m.school_id = :school)" + ORDER
                        + ") x ORDER BY x.school_id, x.student_name, x.student_id LIMIT :limit")
                .params(params)
                .query((rs, n) -> fact(rs))
                .list();
    }

    public List<HeldMatch> held(DataScope scope, Map<String, String> typeNames) {
        return jdbc.sql("SELECT m.* FROM comparison_match m WHERE m.review = 'HELD' AND m.ended_on IS NULL AND "
                        + ScopeFilter.students("m") + " ORDER BY m.school_id, m.student_name, m.id LIMIT 500")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> new HeldMatch(
                        rs.getLong("id"),
                        rs.getLong("student_id"),
                        rs.getString("student_name"),
                        rs.getString("id_number_masked"),
                        Messages.format("comparison.via." + rs.getString("via")),
                        rs.getString("registered_name"),
                        rs.getString("person_name"),
                        typeNames.getOrDefault(rs.getString("type_code"), rs.getString("type_code")),
                        rs.getString("department"),
                        rs.getObject("as_of", LocalDate.class)))
                .list();
    }

    /** Decides a held match in scope; false when there is none (already decided, or outside the scope). */
    public boolean decide(long matchId, boolean same, String by, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("id", matchId);
        params.put("review", same ? "CONFIRMED" : "REJECTED");
        params.put("by", by);
        return jdbc.sql("UPDATE comparison_match m SET review = :review, reviewed_by = :by"
                                + " WHERE m.id = :id AND m.review = 'HELD' AND " + ScopeFilter.students("m"))
                        .params(params)
                        .update()
                == 1;
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(
                rs.getLong("id"),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getString("id_number_masked"),
                rs.getLong("school_id"),
                rs.getString("household_township_code"),
                rs.getString("type_code"),
                rs.getString("department"),
                rs.getObject("as_of", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("via"),
                rs.getString("attributes"));
    }
}
