package com.aidloop.award;

import com.aidloop.shared.Money;

/**
 * One school and programme of a term on the confirmation page: the awards imported and those
 * confirmed (count and amount), the quota and budget (null: no limit) and what is left of them.
 */
public record ConfirmationLine(
        long schoolId,
        String schoolCode,
        String schoolName,
        String programmeCode,
        String programmeName,
        long imported,
        Money importedAmount,
        long confirmed,
        Money confirmedAmount,
        Integer quota,
        Money budget) {

    public long unconfirmed() {
        return imported - confirmed;
    }

    public Integer quotaLeft() {
        return quota == null ? null : (int) (quota - confirmed);
    }

    public Money budgetLeft() {
        return budget == null ? null : budget.minus(confirmedAmount);
    }

    /** Whether confirming the rest would exceed the quota or the budget. */
    public boolean wouldExceed() {
        return quota != null && imported > quota || budget != null && importedAmount.compareTo(budget) > 0;
    }
}
