package com.aidloop.disbursement;

import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;

/** The progress of every school and programme of a term in a scope, with its totals and how many are late. */
public record ProgressReport(Term term, LocalDate today, List<ProgressRow> rows) {

    public ProgressReport {
        rows = List.copyOf(rows);
    }

    public PayoutFigure planned() {
        return rows.stream().map(ProgressRow::planned).reduce(PayoutFigure.NONE, PayoutFigure::plus);
    }

    public PayoutFigure inBatch() {
        return rows.stream().map(ProgressRow::inBatch).reduce(PayoutFigure.NONE, PayoutFigure::plus);
    }

    public PayoutFigure paid() {
        return rows.stream().map(ProgressRow::paid).reduce(PayoutFigure.NONE, PayoutFigure::plus);
    }

    public PayoutFigure failed() {
        return rows.stream().map(ProgressRow::failed).reduce(PayoutFigure.NONE, PayoutFigure::plus);
    }

    public PayoutFigure outstanding() {
        return planned().minus(paid());
    }

    public long lateCount() {
        return rows.stream().filter(ProgressRow::late).count();
    }
}
