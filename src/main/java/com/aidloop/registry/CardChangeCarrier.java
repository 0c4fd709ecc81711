package com.aidloop.registry;

/**
 * The reissue batch (重新发放批次) that carries a card change: the payment it reissued to the new
 * card, and the batch whose approval by a second person approves the change. The registry knows
 * the batch only by these numbers; the disbursement module tells it when the batch is approved or
 * the line removed.
 */
public record CardChangeCarrier(long batchId, String batchReference, long paymentId) {}
