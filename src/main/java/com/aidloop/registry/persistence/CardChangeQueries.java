package com.aidloop.registry.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.CardChangeView;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads card changes for the list, the student's page and the API from the masked columns only,
 * each filtered by the caller's scope over the change's student.
 */
@Repository
public class CardChangeQueries {

    private static final String FROM = """
              FROM registry_card_change c
              JOIN registry_student s ON s.id = c.student_id
             WHERE
            """ + ScopeFilter.students("s");

    private static final String VIEW = """
            SELECT c.id, c.version, c.student_id, s.name AS student_name, s.school_id, c.status, c.old_bank, c.old_card_masked,
                   c.new_bank, c.new_card_masked, c.new_card_luhn_ok, c.requested_by, c.requested_at, c.carrier_batch_id,
                   c.carrier_batch_reference, c.decided_by, c.decided_at, c.decision_note
            """ + FROM;

    private final JdbcClient jdbc;

    CardChangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes of students in the scope, pending ones oldest first (the order to work through
     * them), decided ones latest first; {@code status} null for all, {@code studentId} null for every student.
     */
    public Paged<CardChangeView> list(CardChangeStatus status, Long studentId, DataScope scope, Paging paging) {
        String filter = " AND (CAST(:status AS TEXT) IS NULL OR c.status = :status)"
                + " AND (CAST(:student AS BIGINT) IS NULL OR c.student_id = :student)";
        String name = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*)" + FROM + filter)
                .params(ScopeFilter.params(scope))
                .param("status", name)
                .param("student", studentId)
                .query(Long.class)
                .single();
        List<CardChangeView> rows = total == 0
                ? List.of()
                : jdbc.sql(VIEW + filter + """
                         ORDER BY c.status = 'PENDING' DESC,
                                  CASE WHEN c.status = 'PENDING' THEN c.requested_at END,
                                  c.decided_at DESC NULLS LAST, c.id DESC
                         LIMIT :limit OFFSET :offset
                        """)
                        .params(ScopeFilter.params(scope))
                        .param("status", name)
                        .param("student", studentId)
                        .param("limit", paging.size())
                        .param("offset", paging.offset())
                        .query(CardChangeQueries::view)
                        .list();
        return Paged.of(rows, total, paging);
    }

    public Optional<CardChangeView> find(long id, DataScope scope) {
        return jdbc.sql(VIEW + " AND c.id = :id")
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query(CardChangeQueries::view)
                .optional();
    }

    /** The student's pending change, if the scope covers the student. */
    public Optional<CardChangeView> pendingOf(long studentId, DataScope scope) {
        return jdbc.sql(VIEW + " AND c.student_id = :student AND c.status = 'PENDING'")
                .params(ScopeFilter.params(scope))
                .param("student", studentId)
                .query(CardChangeQueries::view)
                .optional();
    }

    private static CardChangeView view(ResultSet rs, int row) throws SQLException {
        Long carrier = rs.getObject("carrier_batch_id", Long.class);
        Boolean luhnOk = rs.getObject("new_card_luhn_ok", Boolean.class);
        return new CardChangeView(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getLong("school_id"),
                null,
                CardChangeStatus.valueOf(rs.getString("status")),
                rs.getString("old_bank"),
                rs.getString("old_card_masked"),
                rs.getString("new_bank"),
                rs.getString("new_card_masked"),
                luhnOk != null && !luhnOk,
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                carrier,
                rs.getString("carrier_batch_reference"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
