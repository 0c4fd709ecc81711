package com.aidloop.disbursement.installment;

import com.aidloop.award.PayableAward;
import com.aidloop.shared.Money;

/** An installment of a confirmed award that a batch pays: the award (payee and card) and which installment. */
public record DueInstallment(PayableAward award, Installment installment) {

    public long awardId() {
        return award.awardId();
    }

    public Money amount() {
        return installment.amount();
    }

    public InstallmentKey key() {
        return new InstallmentKey(award.awardId(), installment.number());
    }
}
