package com.aidloop.award.persistence;

import com.aidloop.award.RecoverableAward;
import com.aidloop.award.RecoveredAward;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recovered money of awards (award_recovery): written per award, read per student or per term in a scope. */
@Repository
public class RecoveryStore {

    private static final String RECOVERABLE = """
            SELECT w.id, w.term, w.programme_name, w.amount, w.confirmed_at IS NOT NULL AS confirmed,
                   COALESCE((SELECT sum(r.amount) FROM award_recovery r WHERE r.award_id = w.id), 0) AS recovered
              FROM award_award w
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
                        rs.getBoolean("confirmed")))
                .list();
    }

    public void insert(
            long awardId,
            String term,
            BigDecimal amount,
            LocalDate recoveredOn,
            String voucher,
            String reason,
            String source,
            String by) {
        jdbc.sql("""
                        INSERT INTO award_recovery (award_id, term, amount, recovered_on, voucher, reason, source, recorded_by)
                        VALUES (:award, :term, :amount, :on, :voucher, :reason, :source, :by)
                        """)
                .param("award", awardId)
                .param("term", term)
                .param("amount", amount)
                .param("on", recoveredOn)
                .param("voucher", voucher)
                .param("reason", reason)
                .param("source", source)
                .param("by", by)
                .update();
    }

    /** The recoveries of the term's awards in the scope (the awards read as their students'). */
    public List<RecoveredAward> inTerm(Term term, DataScope scope, int limit) {
        Map<String, Object> params = ScopeFilter.params(scope);
        params.put("term", term.code());
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT r.id, r.award_id, r.term, w.school_name, w.programme_name, w.student_name,
                               w.amount AS award_amount, r.amount, r.recovered_on, r.voucher, r.reason, r.source
                          FROM award_recovery r JOIN award_award w ON w.id = r.award_id
                         WHERE r.term = :term AND """ + ScopeFilter.awards("w") + " ORDER BY r.recovered_on, r.id LIMIT :limit")
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
                        rs.getString("source")))
                .list();
    }
}
