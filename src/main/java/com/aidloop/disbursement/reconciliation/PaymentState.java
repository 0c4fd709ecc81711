package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.shared.Money;

/** What matching needs to know of a payment of the batch. */
public record PaymentState(long id, String reference, Money amount, PaymentStatus status, String failureReason) {}
