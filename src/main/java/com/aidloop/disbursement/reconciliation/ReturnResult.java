package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;

/** What the bank says about one line of a return file (处理结果). */
public enum ReturnResult {
    /** 成功: the money is on the card. */
    PAID,
    /** 失败: the bank did not pay, with its reason. */
    FAILED,
    /** A word the return template does not know. */
    UNKNOWN;

    /** The status this result leaves a payment in; PENDING for an unknown result. */
    public PaymentStatus settlesAs() {
        return switch (this) {
            case PAID -> PaymentStatus.PAID;
            case FAILED -> PaymentStatus.FAILED;
            case UNKNOWN -> PaymentStatus.PENDING;
        };
    }
}
