package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/** A payout batch's first bank file was handed out (已导出): the payments are on their way to the bank. */
public record PayoutBatchExported(
        long batchId,
        String reference,
        Term term,
        String townshipCode,
        String programmeCode,
        long count,
        Money amount,
        String bankTemplate,
        String exportedBy,
        Instant exportedAt) {}
