package com.aidloop.disbursement.integrity;

import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.disbursement.IntegrityBreak.Kind;
import com.aidloop.disbursement.IntegrityReport.UnexportedBatch;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disbursement side of the money-integrity check, aggregated in SQL: the lines of a term in a
 * scope (region: batches of its townships; school: its own lines), the recorded bank files, and
 * the breaks that the payment and batch tables show on their own.
 */
@Component
public class IntegrityQueries {

    private static final String PAYMENTS_IN_SCOPE = """
              FROM disbursement_payment p
              JOIN disbursement_batch b ON b.id = p.batch_id
             WHERE p.term = :term
               AND """ + ScopeFilter.payments("p", "b") + "\n";
    private static final String BATCHES_IN_SCOPE = """
              FROM disbursement_batch b
             WHERE b.term = :term
               AND """ + ScopeFilter.batches("b") + "\n";
    private static final String EXPORTED = "('EXPORTED', 'RECONCILED')";

    private final JdbcClient jdbc;

    IntegrityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lines of the term: an award's current line is its latest (a reissue replaces the
     * failed line); {@code superseded} are replaced lines in exported batches, which their
     * bank files still hold.
     */
    public record Lines(
            PayoutFigure current,
            PayoutFigure exported,
            PayoutFigure paid,
            PayoutFigure failed,
            PayoutFigure pending,
            PayoutFigure notExported,
            PayoutFigure supersededExported) {}

    public Lines lines(Term term, DataScope scope) {
        return jdbc.sql("""
                WITH scoped AS (
                    SELECT p.amount, p.status, b.status IN %s AS exported,
                           row_number() OVER (PARTITION BY p.award_id, p.installment_no ORDER BY p.id DESC) = 1 AS current
                %s
                )
                SELECT %s, %s, %s, %s, %s, %s, %s FROM scoped
                """.formatted(
                                EXPORTED,
                                PAYMENTS_IN_SCOPE,
                                figure("current", "current"),
                                figure("exported", "current AND exported"),
                                figure("paid", "current AND exported AND status = 'PAID'"),
                                figure("failed", "current AND exported AND status = 'FAILED'"),
                                figure("pending", "current AND exported AND status = 'PENDING'"),
                                figure("unexported", "current AND NOT exported"),
                                figure("superseded", "NOT current AND exported")))
                .params(scopeParams(term, scope))
                .query((rs, row) -> new Lines(
                        figure(rs, "current"),
                        figure(rs, "exported"),
                        figure(rs, "paid"),
                        figure(rs, "failed"),
                        figure(rs, "pending"),
                        figure(rs, "unexported"),
                        figure(rs, "superseded")))
                .single();
    }

    /** The latest recorded bank file of every exported batch in the scope, summed. */
    public PayoutFigure bankFiles(Term term, DataScope scope) {
        return jdbc.sql("""
                SELECT coalesce(sum(f.line_count), 0) AS lines, coalesce(sum(f.total_amount), 0) AS amount
                  FROM disbursement_batch b
                  JOIN LATERAL (SELECT line_count, total_amount FROM disbursement_bank_file
                                 WHERE batch_id = b.id ORDER BY generated_at DESC, id DESC LIMIT 1) f ON TRUE
                 WHERE b.term = :term AND b.status IN %s
                   AND %s
                """.formatted(EXPORTED, ScopeFilter.batches("b")))
                .params(scopeParams(term, scope))
                .query((rs, row) -> new PayoutFigure(rs.getLong("lines"), new Money(rs.getBigDecimal("amount"))))
                .single();
    }

    /** What a line says it pays: an award's installment (1 of 1 for a whole award) and its amount. */
    public record PaidInstallment(long awardId, int number, int count, Money amount) {}

    /** The installment each line pays and the amount it pays, once per distinct claim. */
    public List<PaidInstallment> paidInstallments(Term term, DataScope scope) {
        return jdbc.sql("SELECT DISTINCT p.award_id, p.installment_no, p.installment_count, p.amount "
                        + PAYMENTS_IN_SCOPE)
                .params(scopeParams(term, scope))
                .query((rs, row) ->
                        new PaidInstallment(rs.getLong(1), rs.getInt(2), rs.getInt(3), new Money(rs.getBigDecimal(4))))
                .list();
    }

    /** The lines of these awards, to name where a difference the award module found lies. */
    public List<IntegrityBreak> linesOfAwards(Term term, DataScope scope, Collection<Long> awardIds, int limit) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT b.reference AS batch_reference, p.reference, p.school_id, p.card_number_masked, p.award_id, p.amount "
                                + PAYMENTS_IN_SCOPE
                                + " AND p.award_id = ANY(CAST(:ids AS BIGINT[])) ORDER BY p.award_id, p.id LIMIT :limit")
                .params(scopeParams(term, scope))
                .param("ids", awardIds.stream().map(String::valueOf).toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> IntegrityBreak.ofPayment(
                        Kind.AMOUNT_DIFFERS,
                        rs.getString("batch_reference"),
                        rs.getString("reference"),
                        rs.getLong("school_id"),
                        rs.getString("card_number_masked"),
                        rs.getLong("award_id"),
                        null,
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /** Batches not yet exported and their current lines. */
    public List<UnexportedBatch> unexportedBatches(Term term, DataScope scope) {
        return jdbc.sql("""
                WITH scoped AS (
                    SELECT p.amount, b.id, b.reference, b.township_code, b.programme_name, b.status,
                           row_number() OVER (PARTITION BY p.award_id, p.installment_no ORDER BY p.id DESC) = 1 AS current
                %s
                )
                SELECT reference, township_code, programme_name, status, count(*) AS lines, sum(amount) AS amount
                  FROM scoped
                 WHERE current AND status NOT IN %s
                 GROUP BY id, reference, township_code, programme_name, status
                 ORDER BY reference
                """.formatted(PAYMENTS_IN_SCOPE, EXPORTED))
                .params(scopeParams(term, scope))
                .query((rs, row) -> new UnexportedBatch(
                        rs.getString("reference"),
                        rs.getString("township_code"),
                        rs.getString("programme_name"),
                        BatchStatus.valueOf(rs.getString("status")),
                        new PayoutFigure(rs.getLong("lines"), new Money(rs.getBigDecimal("amount")))))
                .list();
    }

    /** The breaks the disbursement tables show on their own, at most {@code limit} of each kind. */
    public List<IntegrityBreak> breaks(Term term, DataScope scope, int limit) {
        List<IntegrityBreak> breaks = new ArrayList<>();
        breaks.addAll(paymentBreaks(Kind.DUPLICATE_PAYMENT, """
                 AND p.status <> 'FAILED'
                 AND (p.award_id, p.installment_no) IN (
                         SELECT award_id, installment_no FROM disbursement_payment WHERE term = :term AND status <> 'FAILED'
                          GROUP BY award_id, installment_no HAVING count(*) > 1)
                """, term, scope, limit));
        breaks.addAll(paymentBreaks(Kind.REISSUE_MISMATCH, """
                 AND p.reissue_of_payment_id IS NOT NULL
                 AND EXISTS (SELECT 1 FROM disbursement_payment o WHERE o.id = p.reissue_of_payment_id
                              AND (o.award_id <> p.award_id OR o.installment_no <> p.installment_no OR o.status <> 'FAILED'))
                """, term, scope, limit));
        breaks.addAll(paymentBreaks(Kind.SETTLED_BEFORE_EXPORT, """
                 AND p.status <> 'PENDING' AND b.status NOT IN %s
                """.formatted(EXPORTED), term, scope, limit));
        breaks.addAll(batchBreaks(term, scope, limit));
        return breaks;
    }

    private List<IntegrityBreak> paymentBreaks(Kind kind, String condition, Term term, DataScope scope, int limit) {
        return jdbc.sql(
                        "SELECT b.reference AS batch_reference, p.reference, p.school_id, p.card_number_masked, p.award_id, p.amount "
                                + PAYMENTS_IN_SCOPE + condition + " ORDER BY p.award_id, p.id LIMIT :limit")
                .params(scopeParams(term, scope))
                .param("limit", limit)
                .query((rs, row) -> IntegrityBreak.ofPayment(
                        kind,
                        rs.getString("batch_reference"),
                        rs.getString("reference"),
                        rs.getLong("school_id"),
                        rs.getString("card_number_masked"),
                        rs.getLong("award_id"),
                        null,
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /** Control totals against lines, every recorded bank file against lines, exported batches without a file. */
    private List<IntegrityBreak> batchBreaks(Term term, DataScope scope, int limit) {
        return jdbc.sql("""
                WITH batch AS (
                    SELECT b.id, b.reference, b.status, b.control_count, b.control_amount,
                           (SELECT count(*) FROM disbursement_payment l WHERE l.batch_id = b.id) AS lines,
                           (SELECT coalesce(sum(amount), 0) FROM disbursement_payment l WHERE l.batch_id = b.id) AS amount
                %s
                )
                SELECT 'CONTROL_TOTALS_DIFFER' AS kind, reference, control_count AS expected_count, lines AS actual_count,
                       control_amount AS expected, amount AS actual, id, 0 AS file_id
                  FROM batch WHERE control_count <> lines OR control_amount <> amount
                UNION ALL
                SELECT 'BANK_FILE_DIFFERS', batch.reference, batch.lines, f.line_count, batch.amount, f.total_amount, batch.id, f.id
                  FROM batch JOIN disbursement_bank_file f ON f.batch_id = batch.id
                 WHERE f.line_count <> batch.lines OR f.total_amount <> batch.amount
                UNION ALL
                SELECT 'EXPORTED_WITHOUT_BANK_FILE', reference, lines, 0, amount, 0, id, 0
                  FROM batch
                 WHERE status IN %s AND NOT EXISTS (SELECT 1 FROM disbursement_bank_file f WHERE f.batch_id = batch.id)
                 ORDER BY 7, 8
                 LIMIT :limit
                """.formatted(BATCHES_IN_SCOPE, EXPORTED))
                .params(scopeParams(term, scope))
                .param("limit", limit)
                .query((rs, row) -> IntegrityBreak.ofBatch(
                        Kind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        new Money(rs.getBigDecimal("expected")),
                        new Money(rs.getBigDecimal("actual")),
                        rs.getLong("expected_count"),
                        rs.getLong("actual_count")))
                .list();
    }

    private static java.util.Map<String, Object> scopeParams(Term term, DataScope scope) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("term", term.code());
        params.putAll(ScopeFilter.params(scope));
        return params;
    }

    private static String figure(String name, String condition) {
        return "count(*) FILTER (WHERE %2$s) AS %1$s_count, coalesce(sum(amount) FILTER (WHERE %2$s), 0) AS %1$s_amount"
                .formatted(name, condition);
    }

    private static PayoutFigure figure(ResultSet rs, String name) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(name + "_amount");
        return new PayoutFigure(rs.getLong(name + "_count"), new Money(amount));
    }
}
