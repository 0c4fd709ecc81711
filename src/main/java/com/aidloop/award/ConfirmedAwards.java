package com.aidloop.award;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * What a confirmation (资助确认) did: a school's awards of one or more programmes and a term,
 * now payable. The answer of {@link ConfirmingAwards#confirm}, not an event: no module needs to
 * react to a confirmation, since payout reads confirmed awards when a batch is made.
 *
 * @param identificationWarnings the confirmed awards of need-based programmes whose student holds
 *     no fitting identification, where the county's rule is still a transition year (WARNING)
 */
public record ConfirmedAwards(
        Term term,
        long schoolId,
        List<String> programmeCodes,
        List<Long> awardIds,
        Money amount,
        String confirmedBy,
        Instant confirmedAt,
        List<RuleBreach.BreachingAward> identificationWarnings) {

    public ConfirmedAwards {
        programmeCodes = List.copyOf(programmeCodes);
        awardIds = List.copyOf(awardIds);
        identificationWarnings = List.copyOf(identificationWarnings);
    }
}
