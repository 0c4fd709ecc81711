package com.aidloop.funding.school;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.domain.ShareSplit;
import com.aidloop.funding.persistence.TransferShareStore;
import com.aidloop.funding.persistence.TransferShareStore.TransferShares;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.settlement.SchoolTransferRecorded;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the county records a 资金拨付单 as transferred, the transfer takes the funding shares of its
 * programme in force for the term (as the catalogue stands then) and its amount split by them, as
 * a card payment does when its batch is exported. Later changes of the shares do not change it.
 */
@Component
class SharesOnTransfer {

    private final PayingRules rules;
    private final TransferShareStore store;

    SharesOnTransfer(PayingRules rules, TransferShareStore store) {
        this.rules = rules;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(SchoolTransferRecorded recorded) {
        store.record(sharesOf(recorded, rules.sharesFor(recorded.programmeCode(), recorded.term())));
    }

    static TransferShares sharesOf(SchoolTransferRecorded recorded, Optional<FundingShares> inForce) {
        var percentages = FundingSource.percentages(inForce.orElse(null));
        return new TransferShares(
                recorded.transferId(),
                recorded.programmeCode(),
                recorded.term(),
                inForce.map(FundingShares::validFrom).orElse(null),
                percentages,
                ShareSplit.split(recorded.amount(), percentages));
    }
}
