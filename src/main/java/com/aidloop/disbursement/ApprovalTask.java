package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * Something waiting for the reader's approval (待办): a payout round or a batch made by others.
 *
 * @param link the page where it is reviewed
 */
public record ApprovalTask(String title, String reference, long count, Money amount, String link) {}
