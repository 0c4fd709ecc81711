package com.aidloop.disbursement.batch;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;

/**
 * A payment line about to be written with its new batch (status PENDING); the card stays sealed.
 * It pays one installment of the award (第n/N期), or the whole award (1 of 1, no due day).
 */
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
        Money amount,
        int installmentNo,
        int installmentCount,
        LocalDate dueOn) {

    @Override
    public String toString() {
        return "NewPayment[" + lineNo + " " + reference + " award " + awardId + " " + installmentNo + "/"
                + installmentCount + " " + amount + " card " + cardNumberMasked + "]";
    }
}
