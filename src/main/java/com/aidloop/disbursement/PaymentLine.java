package com.aidloop.disbursement;

import com.aidloop.disbursement.installment.Installment;
import com.aidloop.shared.Money;
import java.time.LocalDate;

/**
 * One payment line of a batch as pages and the API show it: the card only masked.
 *
 * @param reference the payment reference (付款流水号), printed as 摘要 on the bank file line
 * @param reissueOfPaymentId the failed payment this line pays again, or null
 * @param installmentNo the installment of the award it pays (1 of 1 for an award paid at once)
 * @param dueOn the day the installment fell due, or null for an award paid at once
 */
public record PaymentLine(
        long id,
        int lineNo,
        String reference,
        long awardId,
        long studentId,
        String schoolName,
        String payeeName,
        String cardBank,
        String cardNumberMasked,
        Money amount,
        String status,
        String failureReason,
        Long reissueOfPaymentId,
        int installmentNo,
        int installmentCount,
        LocalDate dueOn) {

    /** "第1/5期", or "" for a whole award. */
    public String installmentLabel() {
        return Installment.label(installmentNo, installmentCount);
    }
}
