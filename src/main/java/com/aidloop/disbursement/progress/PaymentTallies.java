package com.aidloop.disbursement.progress;

import com.aidloop.award.PayableAwards;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.installment.InstallmentPlans;
import com.aidloop.disbursement.installment.InstallmentPlans.PlanKey;
import com.aidloop.disbursement.installment.PlannedInstallments;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    private final PayableAwards awards;
    private final InstallmentPlans plans;

    PaymentTallies(JdbcClient jdbc, PayableAwards awards, InstallmentPlans plans) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.plans = plans;
    }

    /**
     * The installments the confirmed awards of the terms are paid in, per term, school and
     * programme, as of the day (what the lines are measured against; late only once due).
     */
    @Transactional(readOnly = true)
    public Map<PlanKey, PlannedInstallments> installments(Collection<Term> terms, DataScope scope, LocalDate day) {
        InstallmentPlans.Book book = plans.book();
        return book.planned(awards.confirmedAlike(terms, scope, book.changes()), day);
    }

    @Transactional(readOnly = true)
    public List<Tally> of(Collection<Term> terms, DataScope scope) {
        if (scope.isNothing() || terms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH line AS (
                    SELECT DISTINCT ON (p.award_id, p.installment_no) p.term, p.school_id, p.programme_code, b.programme_name, p.amount, p.status
                      FROM disbursement_payment p
                      JOIN disbursement_batch b ON b.id = p.batch_id
                     WHERE p.term = ANY(:terms)
                       AND %s
                     ORDER BY p.award_id, p.installment_no, p.id DESC
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
