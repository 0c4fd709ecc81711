package com.aidloop.funding;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the county's register of allocated money (资金下达/到位登记), as recorded. A
 * reversal (冲销) has a negative amount and names the entry it cancels; a cancelled entry names
 * the reversal that cancelled it.
 */
public record FundAllocation(
        long id,
        String countyCode,
        String programmeCode,
        Term term,
        FundingSource source,
        Money amount,
        String documentNo,
        LocalDate receivedOn,
        String note,
        Long reversesId,
        Long reversedById,
        String recordedBy,
        Instant recordedAt) {

    public boolean isReversal() {
        return reversesId != null;
    }

    /** Neither a reversal nor reversed: money the county holds. */
    public boolean standing() {
        return reversesId == null && reversedById == null;
    }
}
