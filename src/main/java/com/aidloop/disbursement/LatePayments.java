package com.aidloop.disbursement;

import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The late items (逾期) of a scope for the home page: every school and programme whose deadline
 * has passed with money due still outstanding (an installment not yet due is never late), in the term running today and the
 * {@code aidloop.disbursement.late-terms} − 1 terms before it (default 6 terms, three school years).
 */
@Service
public class LatePayments {

    /** The late items, the longest late first, and what they leave unpaid in all. */
    public record Summary(List<ProgressRow> items, PayoutFigure outstanding) {

        public int count() {
            return items.size();
        }
    }

    private final PaymentProgress progress;
    private final int terms;

    LatePayments(PaymentProgress progress, @Value("${aidloop.disbursement.late-terms:6}") int terms) {
        this.progress = progress;
        this.terms = Math.max(1, terms);
    }

    public Summary of(DataScope scope) {
        LocalDate today = progress.today();
        List<ProgressRow> late = progress.rows(Term.of(today).around(terms - 1, 0), scope, today).stream()
                .filter(ProgressRow::late)
                .toList();
        return new Summary(
                late, late.stream().map(ProgressRow::dueOutstanding).reduce(PayoutFigure.NONE, PayoutFigure::plus));
    }
}
