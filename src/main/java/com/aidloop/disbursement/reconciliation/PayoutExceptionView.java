package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import java.time.Instant;

/**
 * One return-file line a person must decide (异常处理), with the payment it names (card masked).
 *
 * @param paymentStatus the named payment's status, or null when the line names none of the batch
 */
public record PayoutExceptionView(
        long id,
        int version,
        long batchId,
        String batchReference,
        String fileName,
        Instant uploadedAt,
        int lineNo,
        String reference,
        Long paymentId,
        PaymentStatus paymentStatus,
        String payeeName,
        String cardMasked,
        Money amount,
        Money reportedAmount,
        String kind,
        String detail,
        boolean open,
        String resolution,
        String resolvedBy,
        Instant resolvedAt) {

    public String kindLabel() {
        return Messages.format("reconciliation.kind." + kind);
    }

    /** Whether marking the payment paid or failed may apply (else only dismissing). */
    public boolean hasPayment() {
        return paymentId != null;
    }

    @Override
    public String toString() {
        return "PayoutException[" + id + " " + kind + " batch " + batchReference + " line " + lineNo + "]";
    }
}
