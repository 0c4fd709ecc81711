package com.aidloop.settlement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;

/**
 * The transfer of one school, programme and term as progress and the integrity check count it:
 * what was transferred (recorded by the county) and what the school confirmed, as students and yuan.
 *
 * @param inKind whether the transfer settles meals in kind: its amount is the meals the school
 *     recorded, not the awards' sum, so only its students are compared with the awards
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
        Money amount,
        boolean inKind) {

    /** A transfer of a programme paid to the school (资金拨付学校). */
    public TransferTally(
            Term term,
            long schoolId,
            String schoolName,
            String programmeCode,
            String programmeName,
            String reference,
            TransferStatus status,
            long awards,
            Money amount) {
        this(term, schoolId, schoolName, programmeCode, programmeName, reference, status, awards, amount, false);
    }

    public boolean transferred() {
        return status != TransferStatus.DRAFT;
    }

    public boolean confirmed() {
        return status == TransferStatus.CONFIRMED;
    }
}
