package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * One payment line of a batch as pages and the API show it: the card only masked.
 *
 * @param reference the payment reference (付款流水号), printed as 摘要 on the bank file line
 * @param reissueOfPaymentId the failed payment this line pays again, or null
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
        Long reissueOfPaymentId) {}
