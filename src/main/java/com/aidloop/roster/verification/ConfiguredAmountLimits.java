package com.aidloop.roster.verification;

import com.aidloop.award.AwardLine;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Amounts above zero and at most {@code aidloop.rosters.max-award-amount} yuan per award (default
 * 10,000: above every K-12 standard for a term, so that a slipped digit such as 12500 for 1250
 * shows).
 */
@Component
class ConfiguredAmountLimits implements AmountLimits {

    private final BigDecimal maximum;

    ConfiguredAmountLimits(@Value("${aidloop.rosters.max-award-amount:10000}") BigDecimal maximum) {
        if (maximum.signum() <= 0) {
            throw new IllegalArgumentException("aidloop.rosters.max-award-amount must be above zero");
        }
        this.maximum = maximum;
    }

    @Override
    public Optional<Breach> check(AwardLine award) {
        BigDecimal amount = award.amount().yuan();
        if (amount.signum() <= 0) {
            return Optional.of(new Breach(Finding.Rule.AMOUNT_NOT_POSITIVE, "0.00"));
        }
        if (amount.compareTo(maximum) > 0) {
            return Optional.of(new Breach(Finding.Rule.AMOUNT_ABOVE_LIMIT, maximum.setScale(2).toPlainString()));
        }
        return Optional.empty();
    }
}
