package com.aidloop.roster.verification;

import com.aidloop.award.AwardLine;
import java.util.Optional;

/**
 * What one award of a programme may be. Until the programme catalogue (资助项目、标准) offers its
 * checks, {@link ConfiguredAmountLimits} allows any amount above zero up to one configured
 * ceiling; the catalogue will check each programme's tiers and amounts for the term.
 */
public interface AmountLimits {

    /** Why the award's amount is not allowed, or empty when it is. */
    Optional<Breach> check(AwardLine award);

    /** An amount outside the limits: the rule and the limit it broke ("" when there is none to name). */
    record Breach(Finding.Rule rule, String limit) {}
}
