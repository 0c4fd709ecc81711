package com.aidloop.funding.card;

import com.aidloop.disbursement.PaymentLedger;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.funding.FundingSource;
import com.aidloop.funding.domain.ShareSplit;
import com.aidloop.funding.persistence.PaymentShareStore;
import com.aidloop.funding.persistence.PaymentShareStore.PaymentShares;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a payout batch's money leaves for the bank, every payment takes the funding shares of its
 * programme in force for the award's term (as the catalogue stands then), and its amount split by
 * them. Later changes of the shares do not change what a payment carried.
 */
@Component
class SharesOnExport {

    private static final Logger log = LoggerFactory.getLogger(SharesOnExport.class);

    private final PaymentLedger ledger;
    private final PayingRules rules;
    private final PaymentShareStore store;

    SharesOnExport(PaymentLedger ledger, PayingRules rules, PaymentShareStore store) {
        this.ledger = ledger;
        this.rules = rules;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(PayoutBatchExported exported) {
        int written = store.record(sharesOf(ledger.linesOf(exported.batchId()), rules));
        log.info("Batch {}: funding shares recorded for {} payments", exported.reference(), written);
    }

    /** The shares of each line, reading each programme's shares once per term. */
    static List<PaymentShares> sharesOf(List<PaymentLedger.Line> lines, PayingRules rules) {
        Map<String, Optional<FundingShares>> inForce = new HashMap<>();
        List<PaymentShares> shares = new ArrayList<>();
        for (PaymentLedger.Line line : lines) {
            Optional<FundingShares> found = inForce.computeIfAbsent(
                    line.programmeCode() + "@" + line.term().code(),
                    key -> rules.sharesFor(line.programmeCode(), line.term()));
            var percentages = FundingSource.percentages(found.orElse(null));
            shares.add(new PaymentShares(
                    line.paymentId(),
                    line.batchId(),
                    line.programmeCode(),
                    line.term(),
                    found.map(FundingShares::validFrom).orElse(null),
                    percentages,
                    ShareSplit.split(line.amount(), percentages)));
        }
        return shares;
    }
}
