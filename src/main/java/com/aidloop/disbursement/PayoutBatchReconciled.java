package com.aidloop.disbursement;

import com.aidloop.shared.Term;
import java.time.Instant;

/** A payout batch was reconciled (已对账): every payment settled as paid or failed, no exception open. */
public record PayoutBatchReconciled(
        long batchId,
        String reference,
        Term term,
        String townshipCode,
        String programmeCode,
        long paidCount,
        long failedCount,
        Instant reconciledAt) {}
