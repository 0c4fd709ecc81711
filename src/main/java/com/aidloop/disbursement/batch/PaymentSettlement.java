package com.aidloop.disbursement.batch;

import java.util.Objects;

/**
 * A payment to be moved to PAID or FAILED (by a return file or a person's decision).
 *
 * @param failureReason the bank's reason of a failure; null when paid
 */
public record PaymentSettlement(long paymentId, PaymentStatus to, String failureReason) {

    public PaymentSettlement {
        Objects.requireNonNull(to);
        if (to == PaymentStatus.PENDING) {
            throw new IllegalArgumentException("a settlement moves a payment to PAID or FAILED");
        }
        failureReason = to == PaymentStatus.PAID ? null : failureReason;
    }

    public static PaymentSettlement paid(long paymentId) {
        return new PaymentSettlement(paymentId, PaymentStatus.PAID, null);
    }

    public static PaymentSettlement failed(long paymentId, String reason) {
        return new PaymentSettlement(paymentId, PaymentStatus.FAILED, reason);
    }
}
