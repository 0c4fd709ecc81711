package com.aidloop.funding.school;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.PaidMoney;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.funding.domain.ShareSplit;
import com.aidloop.funding.persistence.TransferShareStore;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.settlement.TransferView;
import com.aidloop.shared.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * School transfers and in-kind settlements count as paid from the day the county transferred the
 * money (登记转账), split by the shares each transfer carried. A transfer whose shares are not
 * recorded yet (the listener runs after the commit) is split by the shares in force now, so that
 * transferred money never goes missing from the report.
 */
@Component
class TransferPaidMoney implements PaidMoney {

    private final SchoolTransfers transfers;
    private final TransferShareStore shares;
    private final PayingRules rules;

    TransferPaidMoney(SchoolTransfers transfers, TransferShareStore shares, PayingRules rules) {
        this.transfers = transfers;
        this.shares = shares;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Paid> paid(Term term, DataScope scope) {
        List<TransferView> transferred = transfers.list(term, scope).stream()
                .filter(t -> t.status() != TransferStatus.DRAFT)
                .toList();
        Map<Long, SourceAmounts> carried =
                shares.partsOf(transferred.stream().map(TransferView::id).toList());
        Map<String, Optional<FundingShares>> inForce = new HashMap<>();
        return transferred.stream()
                .map(t -> {
                    SourceAmounts parts = carried.get(t.id());
                    if (parts == null) {
                        Optional<FundingShares> now =
                                inForce.computeIfAbsent(t.programmeCode(), code -> rules.sharesFor(code, t.term()));
                        parts = ShareSplit.split(t.amount(), FundingSource.percentages(now.orElse(null)));
                    }
                    return new Paid(t.programmeCode(), t.term(), t.schoolId(), t.transferredOn(), t.amount(), parts);
                })
                .toList();
    }
}
