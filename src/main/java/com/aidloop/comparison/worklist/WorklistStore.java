package com.aidloop.comparison.worklist;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the worklist items in a scope and closes them (only open ones, only in scope). */
@Repository
class WorklistStore {

    /** An item as stored, before labels and masking. */
    record Row(
            long id,
            int version,
            WorklistKind kind,
            String route,
            long studentId,
            String studentName,
            String idNumberMasked,
            long schoolId,
            String householdTownshipCode,
            String subjectName,
            String subjectMasked,
            String via,
            String typeCode,
            String department,
            LocalDate asOf,
            String attributes,
            String status,
            LocalDate openedOn,
            LocalDate endedOn,
            String outcome,
            String note,
            String closedBy,
            String visitKind,
            LocalDate visitOn,
            String visitBy,
            String visitFinding) {}

    /** How an item is closed: outcome, note, and the home visit if one was made. */
    record Closing(
            Outcome outcome,
            String note,
            VisitKind visitKind,
            LocalDate visitOn,
            String visitBy,
            String visitFinding,
            String by,
            OffsetDateTime at) {}

    private final JdbcClient jdbc;

    WorklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(WorklistFilter filter, DataScope scope, int limit) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("kind", filter.kind().name());
        params.put("status", filter.status());
        params.put("route", filter.route());
        params.put("school", filter.schoolId());
        params.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(filter.township()));
        params.put("limit", limit);
        return jdbc.sql("SELECT i.* FROM comparison_worklist_item i WHERE i.kind = :kind AND "
                        + ScopeFilter.students("i") + " AND " + ScopeFilter.studentsWithin("i")
                        + " AND (CAST(:status AS TEXT) IS NULL OR i.status = :status)"
                        + " AND (CAST(:route AS TEXT) IS NULL OR i.route = :route)"
                        + " AND (CAST(:school AS BIGINT) IS NULL OR i.school_id = :school)"
                        + " ORDER BY CASE i.status WHEN 'OPEN' THEN 0 WHEN 'CLOSED' THEN 1 ELSE 2 END,"
                        + " i.school_id, i.student_name, i.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Row> find(long id, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("id", id);
        return jdbc.sql("SELECT i.* FROM comparison_worklist_item i WHERE i.id = :id AND " + ScopeFilter.students("i"))
                .params(params)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Closes the open items of the kind among the ids in scope; answers the ids closed. */
    List<Long> close(Collection<Long> ids, WorklistKind kind, Closing closing, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("ids", ids.toArray(Long[]::new));
        params.put("kind", kind.name());
        params.put("outcome", closing.outcome().name());
        params.put("note", closing.note());
        params.put("by", closing.by());
        params.put("at", closing.at());
        params.put(
                "visitKind",
                closing.visitKind() == null ? null : closing.visitKind().name());
        params.put("visitOn", closing.visitOn());
        params.put("visitBy", closing.visitBy());
        params.put("visitFinding", closing.visitFinding());
        return jdbc.sql("""
                        UPDATE comparison_worklist_item i
                           SET status = 'CLOSED', outcome = :outcome, note = :note, closed_by = :by, closed_at = :at,
                               visit_kind = CAST(:visitKind AS TEXT), visit_on = CAST(:visitOn AS DATE),
                               visit_by = CAST(:visitBy AS TEXT), visit_finding = CAST(:visitFinding AS TEXT),
                               version = i.version + 1
                         WHERE i.id = ANY(CAST(:ids AS BIGINT[])) AND i.kind = :kind AND i.status = 'OPEN' AND\s""" + ScopeFilter.students("i") + " RETURNING i.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** Opens again a closed item of the outcome in scope (its decision was undone); answers whether it was. */
    boolean reopen(long id, Outcome outcome, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("id", id);
        params.put("outcome", outcome.name());
        return jdbc.sql("""
                        UPDATE comparison_worklist_item i
                           SET status = 'OPEN', outcome = NULL, note = NULL, closed_by = NULL, closed_at = NULL,
                               version = i.version + 1
                         WHERE i.id = :id AND i.status = 'CLOSED' AND i.outcome = :outcome AND\s""" + ScopeFilter.students("i")).params(params).update() == 1;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getInt("version"),
                WorklistKind.valueOf(rs.getString("kind")),
                rs.getString("route"),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getString("id_number_masked"),
                rs.getLong("school_id"),
                rs.getString("household_township_code"),
                rs.getString("subject_name"),
                rs.getString("subject_masked"),
                rs.getString("via"),
                rs.getString("type_code"),
                rs.getString("department"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("attributes"),
                rs.getString("status"),
                rs.getObject("opened_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("outcome"),
                rs.getString("note"),
                rs.getString("closed_by"),
                rs.getString("visit_kind"),
                rs.getObject("visit_on", LocalDate.class),
                rs.getString("visit_by"),
                rs.getString("visit_finding"));
    }
}
