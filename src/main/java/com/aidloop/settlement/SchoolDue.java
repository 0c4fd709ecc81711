package com.aidloop.settlement;

import com.aidloop.award.SchoolAwardTotals.SchoolTotal;
import com.aidloop.programme.PaymentChannel;

/**
 * What the county owes one school for a programme paid to the school or in kind in a term (its
 * confirmed awards), with the transfer made for it, if any, and what a transfer still needs.
 *
 * @param transfer the transfer drafted for it, or null
 * @param hasAccount whether the school's bank account is recorded (a transfer needs it)
 * @param provisionMonths the months of meals the school recorded (IN_KIND)
 */
public record SchoolDue(
        SchoolTotal awards, PaymentChannel channel, TransferView transfer, boolean hasAccount, int provisionMonths) {

    /** The transfer no longer matches the awards (awards confirmed or revoked after it was drafted). */
    public boolean differsFromAwards() {
        return transfer != null
                && (transfer.awards() != awards.awards() || transfer.amount().compareTo(awards.amount()) != 0);
    }

    /** What stops the county from drafting, as a Chinese sentence; null when nothing does. */
    public String missing() {
        if (!hasAccount) {
            return "学校未登记收款账户";
        }
        if (channel == PaymentChannel.IN_KIND && provisionMonths == 0) {
            return "学校尚未登记膳食供应";
        }
        return null;
    }
}
