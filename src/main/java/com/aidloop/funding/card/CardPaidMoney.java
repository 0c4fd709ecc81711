package com.aidloop.funding.card;

import com.aidloop.disbursement.PaymentLedger;
import com.aidloop.funding.FundingSource;
import com.aidloop.funding.PaidMoney;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.funding.domain.ShareSplit;
import com.aidloop.funding.persistence.PaymentShareStore;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card payments the bank paid, split by the shares each payment carried. A payment exported
 * before shares were recorded (or whose listener has not run yet) is split by the shares in force
 * for its term now, so that paid money never goes missing from the report.
 */
@Component
class CardPaidMoney implements PaidMoney {

    private final PaymentLedger ledger;
    private final PaymentShareStore shares;
    private final PayingRules rules;

    CardPaidMoney(PaymentLedger ledger, PaymentShareStore shares, PayingRules rules) {
        this.ledger = ledger;
        this.shares = shares;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Paid> paid(Term term, DataScope scope) {
        List<PaymentLedger.Settled> settled = ledger.paid(term, scope);
        Map<Long, SourceAmounts> carried = shares.partsOf(
                settled.stream().map(PaymentLedger.Settled::paymentId).toList());
        Map<String, Optional<FundingShares>> inForce = new HashMap<>();
        record Key(String programme, long school, LocalDate day) {}
        Map<Key, SourceAmounts> sums = new LinkedHashMap<>();
        for (PaymentLedger.Settled payment : settled) {
            SourceAmounts parts = carried.get(payment.paymentId());
            if (parts == null) {
                Optional<FundingShares> now =
                        inForce.computeIfAbsent(payment.programmeCode(), code -> rules.sharesFor(code, payment.term()));
                parts = ShareSplit.split(payment.amount(), FundingSource.percentages(now.orElse(null)));
            }
            sums.merge(
                    new Key(payment.programmeCode(), payment.schoolId(), payment.paidOn()), parts, SourceAmounts::plus);
        }
        List<Paid> paid = new ArrayList<>();
        sums.forEach((key, parts) ->
                paid.add(new Paid(key.programme(), term, key.school(), key.day(), total(parts), parts)));
        return paid;
    }

    private static Money total(SourceAmounts parts) {
        return parts.total();
    }
}
