package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * What a download would hand out, shown before it: the batch, the template, count and total of the
 * lines (equal to the control totals, else the download is refused).
 *
 * @param firstDownload whether downloading marks the batch EXPORTED
 */
public record BankFileSummary(
        BatchView batch, BankTemplate template, long lineCount, Money totalAmount, boolean firstDownload) {}
