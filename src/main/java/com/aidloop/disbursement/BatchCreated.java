package com.aidloop.disbursement;

/**
 * A new batch and the awards left out of it.
 *
 * @param missingCardCount confirmed awards without a card number, not paid (缺少资助卡号)
 */
public record BatchCreated(BatchView batch, long missingCardCount) {}
