package com.aidloop.disbursement.installment;

import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The installments that confirmed awards (of one term, school and programme, or of a whole term)
 * are to be paid in, as of a day: all of them, those not yet due, the day the latest due one fell
 * due and the day the next one falls due. Awards paid once per term count one installment each,
 * always due.
 *
 * @param lastDue the due day of the latest installment due by the day, or null
 * @param nextDue the due day of the next installment not yet due, or null
 */
public record PlannedInstallments(
        PayoutFigure installments, PayoutFigure notYetDue, LocalDate lastDue, LocalDate nextDue, boolean monthly) {

    public static final PlannedInstallments NONE =
            new PlannedInstallments(PayoutFigure.NONE, PayoutFigure.NONE, null, null, false);

    /** The installments of {@code awards} alike awards with this plan, as of {@code day}. */
    public static PlannedInstallments of(InstallmentPlan plan, long awards, LocalDate day) {
        PayoutFigure all = PayoutFigure.NONE;
        PayoutFigure later = PayoutFigure.NONE;
        LocalDate last = null;
        LocalDate next = null;
        for (Installment i : plan.installments()) {
            PayoutFigure figure = new PayoutFigure(awards, times(i.amount(), awards));
            all = all.plus(figure);
            if (!i.dueBy(day)) {
                later = later.plus(figure);
                next = next == null || i.dueOn().isBefore(next) ? i.dueOn() : next;
            } else if (i.dueOn() != null && (last == null || i.dueOn().isAfter(last))) {
                last = i.dueOn();
            }
        }
        return new PlannedInstallments(all, later, last, next, plan.count() > 1 || last != null || next != null);
    }

    public PlannedInstallments plus(PlannedInstallments other) {
        return new PlannedInstallments(
                installments.plus(other.installments),
                notYetDue.plus(other.notYetDue),
                latest(lastDue, other.lastDue),
                earliest(nextDue, other.nextDue),
                monthly || other.monthly);
    }

    /** The installments due by the day. */
    public PayoutFigure due() {
        return installments.minus(notYetDue);
    }

    private static Money times(Money amount, long n) {
        return new Money(amount.yuan().multiply(BigDecimal.valueOf(n)));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
