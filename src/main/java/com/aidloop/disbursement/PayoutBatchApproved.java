package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/** A payout batch was approved (审核通过) by someone other than its creator, at these control totals. */
public record PayoutBatchApproved(
        long batchId,
        String reference,
        Term term,
        String townshipCode,
        String programmeCode,
        long count,
        Money amount,
        String approvedBy,
        Instant approvedAt) {}
