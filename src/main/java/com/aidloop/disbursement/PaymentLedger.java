package com.aidloop.disbursement;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments as money, for modules that account for it (funding sources): what a batch pays,
 * and which payments of a term the bank paid. Reads only; the batch owns every change.
 */
@Service
@Transactional(readOnly = true)
public class PaymentLedger {

    /** A line of a batch: the payment, the award's term and programme, the school, the amount. */
    public record Line(long paymentId, long batchId, Term term, String programmeCode, long schoolId, Money amount) {}

    /** A payment the bank paid (已发放), on the day its result was recorded (in the display zone). */
    public record Settled(
            long paymentId, Term term, String programmeCode, long schoolId, LocalDate paidOn, Money amount) {}

    private final JdbcClient jdbc;
    private final ChinaTime time;

    PaymentLedger(JdbcClient jdbc, ChinaTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Every line of the batch, in line order. */
    public List<Line> linesOf(long batchId) {
        return jdbc.sql("""
                SELECT id, batch_id, term, programme_code, school_id, amount
                  FROM disbursement_payment WHERE batch_id = :batch ORDER BY line_no
                """)
                .param("batch", batchId)
                .query((rs, row) -> new Line(
                        rs.getLong("id"),
                        rs.getLong("batch_id"),
                        Term.parse(rs.getString("term")),
                        rs.getString("programme_code"),
                        rs.getLong("school_id"),
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /** The paid payments for awards of the term inside the scope (the payment rule of docs/data-scope.md). */
    public List<Settled> paid(Term term, DataScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.term, p.programme_code, p.school_id, p.settled_at, p.amount
                  FROM disbursement_payment p JOIN disbursement_batch b ON b.id = p.batch_id
                 WHERE p.term = :term AND p.status = 'PAID' AND %s
                """.formatted(ScopeFilter.payments("p", "b")))
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new Settled(
                        rs.getLong("id"),
                        Term.parse(rs.getString("term")),
                        rs.getString("programme_code"),
                        rs.getLong("school_id"),
                        time.date(rs.getTimestamp("settled_at").toInstant()),
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }
}
