package com.aidloop.disbursement.reconciliation;

/**
 * How one return-file line was matched, with the facts used.
 *
 * @param payment the payment the line names, or null for an unknown reference
 * @param detail why, in Chinese, naming the line; null for a clean paid or failed line
 */
public record LineOutcome(ReturnLine line, Outcome outcome, PaymentState payment, String detail) {}
