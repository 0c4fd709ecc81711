package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.BatchStatus;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;

/** A payout batch as reconciliation and reissue read it. */
public record PayoutBatchRow(
        long id,
        String reference,
        Term term,
        String countyCode,
        String townshipCode,
        String programmeCode,
        String programmeName,
        BatchStatus status,
        int controlCount,
        Money controlAmount,
        Long reissueOfBatchId,
        String bankTemplate) {}
