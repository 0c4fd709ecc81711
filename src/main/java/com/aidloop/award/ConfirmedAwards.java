package com.aidloop.award;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * What a confirmation (资助确认) did: a school's awards of one or more programmes and a term,
 * now payable. The answer of {@link ConfirmingAwards#confirm}, not an event: no module needs to
 * react to a confirmation, since payout reads confirmed awards when a batch is made.
 */
public record ConfirmedAwards(
        Term term,
        long schoolId,
        List<String> programmeCodes,
        List<Long> awardIds,
        Money amount,
        String confirmedBy,
        Instant confirmedAt) {

    public ConfirmedAwards {
        programmeCodes = List.copyOf(programmeCodes);
        awardIds = List.copyOf(awardIds);
    }
}
