package com.aidloop.disbursement.progress;

import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment lines of terms per school and programme, one grouped query. An award counts once,
 * by its latest line: a failed payment that was reissued is replaced by its reissue, so
 * {@code failed} holds only failures not yet reissued. Region scopes take the batches of their
 * townships (batches are per household township), school scopes their school's lines.
 */
@Component
public class PaymentTallies {

    /** The lines of one term, school and programme. */
    public record Tally(
            Term term,
            long schoolId,
            String programmeCode,
            String programmeName,
            PayoutFigure inBatch,
            PayoutFigure paid,
            PayoutFigure failed) {}

    private final JdbcClient jdbc;

    PaymentTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Tally> of(Collection<Term> terms, DataScope scope) {
        if (scope.isNothing() || terms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH line AS (
                    SELECT DISTINCT ON (p.award_id) p.term, p.school_id, p.programme_code, b.programme_name, p.amount, p.status
                      FROM disbursement_payment p
                      JOIN disbursement_batch b ON b.id = p.batch_id
                     WHERE p.term = ANY(:terms)
                       AND %s
                     ORDER BY p.award_id, p.id DESC
                )
                SELECT term, school_id, programme_code, max(programme_name) AS programme_name,
                       count(*) AS lines, sum(amount) AS amount,
                       count(*) FILTER (WHERE status = 'PAID') AS paid, coalesce(sum(amount) FILTER (WHERE status = 'PAID'), 0) AS paid_amount,
                       count(*) FILTER (WHERE status = 'FAILED') AS failed, coalesce(sum(amount) FILTER (WHERE status = 'FAILED'), 0) AS failed_amount
                  FROM line
                 GROUP BY term, school_id, programme_code
                """.formatted(ScopeFilter.payments("p", "b")))
                .param("terms", terms.stream().map(Term::code).toArray(String[]::new))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new Tally(
                        Term.parse(rs.getString("term")),
                        rs.getLong("school_id"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        new PayoutFigure(rs.getLong("lines"), new Money(rs.getBigDecimal("amount"))),
                        new PayoutFigure(rs.getLong("paid"), new Money(rs.getBigDecimal("paid_amount"))),
                        new PayoutFigure(rs.getLong("failed"), new Money(rs.getBigDecimal("failed_amount")))))
                .list();
    }
}
