package com.aidloop.award;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/** A school's awards of one or more programmes and a term were confirmed (资助确认) and may now be paid. */
public record AwardsConfirmed(Term term, long schoolId, List<String> programmeCodes, List<Long> awardIds, Money amount,
        String confirmedBy, Instant confirmedAt) {

    public AwardsConfirmed {
        programmeCodes = List.copyOf(programmeCodes);
        awardIds = List.copyOf(awardIds);
    }
}
