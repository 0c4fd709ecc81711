package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.reconciliation.ReconciliationStore.Totals;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.SmsStatusReport;
import com.aidloop.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * Where a batch's reconciliation stands: payments paid, failed and pending (count and amount),
 * open exceptions, the failed payments with the bank's reasons (and their reissue, if any), the
 * return files uploaded, and the SMS delivery of the batch.
 */
public record ReconciliationReport(
        BatchView batch,
        Totals paid,
        Totals failed,
        Totals pending,
        int openExceptions,
        List<FailedPayment> failedPayments,
        List<ReturnFileRow> returnFiles,
        SmsStatusReport sms) {

    public long smsSent() {
        return sms.count(SmsStatus.SENT);
    }

    public long smsPending() {
        return sms.count(SmsStatus.PENDING);
    }

    public long smsFailed() {
        return sms.count(SmsStatus.FAILED);
    }

    public long smsNotSent() {
        return sms.count(SmsStatus.NOT_SENT);
    }

    /** A failed payment; the card masked. */
    public record FailedPayment(
            long id,
            int lineNo,
            String reference,
            String payeeName,
            String cardMasked,
            Money amount,
            String reason,
            String reissuedAs) {}

    /** A return file as uploaded. */
    public record ReturnFileRow(
            long id,
            String fileName,
            int lines,
            int paid,
            int failed,
            int exceptions,
            String uploadedBy,
            Instant uploadedAt) {}
}
