package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * What a new batch of a term, township and programme would hold, before it is created.
 *
 * @param payableCount confirmed awards without a payment that have a card: the lines
 * @param payableAmount their sum
 * @param missingCardCount confirmed awards without a card number: left out (缺少资助卡号)
 * @param alreadyInBatchCount confirmed awards that already have a payment in some batch
 */
public record BatchPreview(long payableCount, Money payableAmount, long missingCardCount, long alreadyInBatchCount) {}
