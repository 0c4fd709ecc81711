package com.aidloop.disbursement;

import com.aidloop.programme.PaymentChannel;
import com.aidloop.shared.Term;
import java.time.LocalDate;

/**
 * The payout progress (发放进度) of one school, programme and term: confirmed awards (planned),
 * in a batch, paid, failed and not yet reissued, outstanding (planned − paid), and the deadline.
 * A programme paid to the school or in kind counts its transfer instead of card payments: "in a
 * batch" is the transfer recorded by the county, "paid" the transfer the school confirmed.
 *
 * For a programme paid in monthly installments, planned counts installments, the deadline is the
 * due day of the latest installment due (or of the first one, before any is due), and only what is
 * due can be late.
 *
 * @param daysLeft days from today to the deadline; negative when the deadline has passed
 * @param channel how the programme pays in the term
 * @param notYetDue the planned installments that fall due after today
 */
public record ProgressRow(
        Term term,
        long schoolId,
        String schoolName,
        String programmeCode,
        String programmeName,
        PayoutFigure planned,
        PayoutFigure inBatch,
        PayoutFigure paid,
        PayoutFigure failed,
        LocalDate deadline,
        long daysLeft,
        PaymentChannel channel,
        PayoutFigure notYetDue) {

    public PayoutFigure outstanding() {
        return planned.minus(paid);
    }

    /** What is due by today and not paid: outstanding less the installments not yet due. */
    public PayoutFigure dueOutstanding() {
        return outstanding().minus(notYetDue);
    }

    /** 逾期: the deadline has passed and something due is still outstanding. */
    public boolean late() {
        return daysLeft < 0 && dueOutstanding().amount().yuan().signum() > 0;
    }

    public long daysLate() {
        return daysLeft < 0 ? -daysLeft : 0;
    }
}
