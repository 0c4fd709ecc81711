package com.aidloop.disbursement.batch;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;

/** A payment line about to be written with its new batch (status PENDING); the card stays sealed. */
public record NewPayment(
        int lineNo,
        String reference,
        long awardId,
        long studentId,
        long schoolId,
        Term term,
        String programmeCode,
        String payeeName,
        String cardBank,
        String cardNumberSealed,
        String cardNumberIndex,
        String cardNumberMasked,
        Money amount) {

    @Override
    public String toString() {
        return "NewPayment[" + lineNo + " " + reference + " award " + awardId + " " + amount + " card "
                + cardNumberMasked + "]";
    }
}
