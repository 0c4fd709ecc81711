package com.aidloop.funding;

import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;

/**
 * One way money reaches students and is counted as paid in the funding report: card payments
 * (一卡通, {@code funding.card}, from the payout batches), and school transfers or in-kind
 * settlements (资金拨付学校, {@code funding.school}, from the settlement module's transfers). Each implementation is a Spring bean; the
 * report adds up every one. A row is already split by source: the shares the payment or
 * transfer carried when it was made.
 */
public interface PaidMoney {

    /**
     * Money paid for awards of the term inside the scope, with the scope's rule for that kind of
     * payment; rows may be summed per school, programme and day.
     */
    List<Paid> paid(Term term, DataScope scope);

    /**
     * Money paid for a programme's awards of a term at one school on one day.
     *
     * @param bySource the amount split by the funding shares the payment carried
     */
    record Paid(
            String programmeCode, Term term, long schoolId, LocalDate paidOn, Money amount, SourceAmounts bySource) {

        public Paid {
            if (bySource.total().compareTo(amount) != 0) {
                throw new IllegalArgumentException("source parts " + bySource.total() + " do not add up to " + amount);
            }
        }
    }
}
