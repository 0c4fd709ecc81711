package com.aidloop.award.persistence;

import com.aidloop.award.RecoverableAward;
import com.aidloop.award.RecoveredAward;
import com.aidloop.award.RecoveryEntry;
import com.aidloop.award.RecoveryStatus;
import com.aidloop.award.RecoveryTotals;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recovered money of awards (award_recovery): written per award in entries (one recording), reviewed
 * per entry, read per student or per term in a scope. Pending money reserves its award's amount;
 * only confirmed money counts as recovered.
 */
@Repository
public class RecoveryStore {

    private static final String RECOVERABLE = """
            SELECT w.id, w.term, w.programme_name, w.amount, w.confirmed_at IS NOT NULL AS confirmed,
                   COALESCE((SELECT sum(r.amount) FROM award_recovery r
                              WHERE r.award_id = w.id AND r.status = 'CONFIRMED'), 0) AS recovered,
                   COALESCE((SELECT sum(r.amount) FROM award_recovery r
                              WHERE r.award_id = w.id AND r.status = 'PENDING'), 0) AS pending
              FROM award_award w
            """;

    private static final String ENTRIES = """
            SELECT r.entry, string_agg(DISTINCT w.programme_name, '、' ORDER BY w.programme_name) AS programmes,
                   sum(r.amount) AS amount, min(r.recovered_on) AS recovered_on, min(r.voucher) AS voucher,
                   min(r.reason) AS reason, min(r.source) AS source, min(r.recorded_by) AS recorded_by,
                   min(r.status) AS status, min(r.reviewed_by) AS reviewed_by, min(r.review_note) AS review_note
              FROM award_recovery r JOIN award_award w ON w.id = r.award_id
            """;

    private final JdbcClient jdbc;

    RecoveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's awards of the terms in scope, oldest programme first, locked for the recovery when asked. */
    public List<RecoverableAward> ofStudent(long studentId, Collection<String> terms, DataScope scope, boolean lock) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("student", studentId);
        params.put("terms", terms.toArray(String[]::new));
        return jdbc.sql(RECOVERABLE + " WHERE w.student_id = :student AND w.term = ANY(CAST(:terms AS TEXT[])) AND "
                        + ScopeFilter.awards("w") + " ORDER BY w.term, w.programme_code, w.id"
                        + (lock ? " FOR UPDATE OF w" : ""))
                .params(params)
                .query((rs, n) -> new RecoverableAward(
                        rs.getLong("id"),
                        rs.getString("term"),
                        rs.getString("programme_name"),
                        new Money(rs.getBigDecimal("amount")),
                        new Money(rs.getBigDecimal("recovered")),
                        new Money(rs.getBigDecimal("pending")),
                        rs.getBoolean("confirmed")))
                .list();
    }

    /** A new entry number: the rows of one recording share it and are reviewed together. */
    public long nextEntry() {
        return jdbc.sql("SELECT nextval('award_recovery_entry_seq')")
                .query(Long.class)
                .single();
    }

    /** What is written for one award's part of a recording (PENDING until reviewed). */
    public record Part(
            long entry,
            long awardId,
            String term,
            BigDecimal amount,
            LocalDate recoveredOn,
            String voucher,
            String reason,
            String source,
            String by) {}

    public void insert(Part part) {
        jdbc.sql("""
                        INSERT INTO award_recovery
                               (entry, award_id, term, amount, recovered_on, voucher, reason, source, recorded_by, status)
                        VALUES (:entry, :award, :term, :amount, :on, :voucher, :reason, :source, :by, 'PENDING')
                        """)
                .param("entry", part.entry())
                .param("award", part.awardId())
                .param("term", part.term())
                .param("amount", part.amount())
                .param("on", part.recoveredOn())
                .param("voucher", part.voucher())
                .param("reason", part.reason())
                .param("source", part.source())
                .param("by", part.by())
                .update();
    }

    /** The recordings of the student's awards of the terms in scope, oldest first. */
    public List<RecoveryEntry> entriesOfStudent(long studentId, Collection<String> terms, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("student", studentId);
        params.put("terms", terms.toArray(String[]::new));
        return jdbc.sql(ENTRIES + " WHERE w.student_id = :student AND w.term = ANY(CAST(:terms AS TEXT[])) AND "
                        + ScopeFilter.awards("w") + " GROUP BY r.entry ORDER BY min(r.recorded_at), r.entry")
                .params(params)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** One recording in scope, its rows locked for the review; empty when it is unknown or outside the scope. */
    public Optional<RecoveryEntry> entryForUpdate(long entry, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("entry", entry);
        jdbc.sql("SELECT id FROM award_recovery WHERE entry = :entry ORDER BY id FOR UPDATE")
                .param("entry", entry)
                .query(Long.class)
                .list();
        return jdbc.sql(ENTRIES + " WHERE r.entry = :entry AND " + ScopeFilter.awards("w") + " GROUP BY r.entry")
                .params(params)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /** Confirms or rejects every pending row of the entry; answers how many changed. */
    public int review(long entry, RecoveryStatus status, String by, Instant at, String note) {
        return jdbc.sql("""
                        UPDATE award_recovery SET status = :status, reviewed_by = :by, reviewed_at = :at, review_note = :note
                         WHERE entry = :entry AND status = 'PENDING'
                        """)
                .param("entry", entry)
                .param("status", status.name())
                .param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("note", note)
                .update();
    }

    /** The recovered (confirmed) and pending money of the term's awards in the scope, summed by the database. */
    public RecoveryTotals totalsInTerm(Term term, DataScope scope) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("term", term.code());
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED') AS recovered_count,
                               COALESCE(sum(r.amount) FILTER (WHERE r.status = 'CONFIRMED'), 0) AS recovered,
                               count(*) FILTER (WHERE r.status = 'PENDING') AS pending_count,
                               COALESCE(sum(r.amount) FILTER (WHERE r.status = 'PENDING'), 0) AS pending
                          FROM award_recovery r JOIN award_award w ON w.id = r.award_id
                         WHERE r.term = :term AND """ + ScopeFilter.awards("w"))
                .params(params)
                .query((rs, n) -> new RecoveryTotals(
                        rs.getLong("recovered_count"),
                        new Money(rs.getBigDecimal("recovered")),
                        rs.getLong("pending_count"),
                        new Money(rs.getBigDecimal("pending"))))
                .single();
    }

    /** The recoveries of the term's awards in the scope with the status (the awards read as their students'). */
    public List<RecoveredAward> inTerm(Term term, DataScope scope, RecoveryStatus status, int limit) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("term", term.code());
        params.put("status", status.name());
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT r.id, r.award_id, r.term, w.school_name, w.programme_name, w.student_name,
                               w.amount AS award_amount, r.amount, r.recovered_on, r.voucher, r.reason, r.source, r.status
                          FROM award_recovery r JOIN award_award w ON w.id = r.award_id
                         WHERE r.term = :term AND r.status = :status AND """ + ScopeFilter.awards("w") + " ORDER BY r.recovered_on, r.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new RecoveredAward(
                        rs.getLong("id"),
                        rs.getLong("award_id"),
                        rs.getString("term"),
                        rs.getString("school_name"),
                        rs.getString("programme_name"),
                        rs.getString("student_name"),
                        new Money(rs.getBigDecimal("award_amount")),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getObject("recovered_on", LocalDate.class),
                        rs.getString("voucher"),
                        rs.getString("reason"),
                        rs.getString("source"),
                        RecoveryStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private static RecoveryEntry entry(ResultSet rs) throws SQLException {
        return new RecoveryEntry(
                rs.getLong("entry"),
                rs.getString("programmes"),
                new Money(rs.getBigDecimal("amount")),
                rs.getObject("recovered_on", LocalDate.class),
                rs.getString("voucher"),
                rs.getString("reason"),
                rs.getString("source"),
                rs.getString("recorded_by"),
                RecoveryStatus.valueOf(rs.getString("status")),
                rs.getString("reviewed_by"),
                rs.getString("review_note"));
    }
}
