package com.aidloop.disbursement;

/**
 * What creating a batch returns (not an event): the new batch and the awards left out of it.
 *
 * @param missingCardCount confirmed awards without a card number, not paid (缺少资助卡号)
 */
public record CreatedBatch(BatchView batch, long missingCardCount) {}
