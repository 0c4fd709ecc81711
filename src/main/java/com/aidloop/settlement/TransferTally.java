package com.aidloop.settlement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;

/**
 * The transfer of one school, programme and term as progress and the integrity check count it:
 * what was transferred (recorded by the county) and what the school confirmed, as students and yuan.
 */
public record TransferTally(
        Term term,
        long schoolId,
        String schoolName,
        String programmeCode,
        String programmeName,
        String reference,
        TransferStatus status,
        long awards,
        Money amount) {

    public boolean transferred() {
        return status != TransferStatus.DRAFT;
    }

    public boolean confirmed() {
        return status == TransferStatus.CONFIRMED;
    }
}
