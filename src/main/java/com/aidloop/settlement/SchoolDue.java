package com.aidloop.settlement;

import com.aidloop.award.SchoolAwardTotals.SchoolTotal;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.domain.MealSettlement;
import com.aidloop.shared.Money;

/**
 * What the county owes one school for a programme paid to the school or in kind in a term (its
 * confirmed awards), with the transfer made for it, if any, and what a transfer still needs.
 *
 * @param transfer the transfer drafted for it, or null
 * @param hasAccount whether the school's bank account is recorded (a transfer needs it)
 * @param provisionMonths the months of meals the school recorded (IN_KIND)
 * @param meals what the recorded months of meals come to (IN_KIND), or null
 */
public record SchoolDue(
        SchoolTotal awards,
        PaymentChannel channel,
        TransferView transfer,
        boolean hasAccount,
        int provisionMonths,
        MealSettlement meals) {

    /** What a transfer owes: the meals recorded for an in-kind programme, the confirmed awards otherwise. */
    public Money owedAmount() {
        return meals != null ? meals.amount() : awards.amount();
    }

    /** The transfer no longer matches what is owed (awards confirmed or revoked, months recorded, after it was drafted). */
    public boolean differsFromAwards() {
        return transfer != null
                && (transfer.awards() != awards.awards() || transfer.amount().compareTo(owedAmount()) != 0);
    }

    /** What stops the county from drafting, as a Chinese sentence; null when nothing does. */
    public String missing() {
        if (!hasAccount) {
            return "学校未登记收款账户";
        }
        if (channel == PaymentChannel.IN_KIND && (meals == null || meals.studentDays() == 0)) {
            return "学校尚未登记膳食供应";
        }
        return null;
    }
}
