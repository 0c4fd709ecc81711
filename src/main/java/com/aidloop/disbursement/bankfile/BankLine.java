package com.aidloop.disbursement.bankfile;

import com.aidloop.shared.Money;

/** What a bank file line is made of, read in line order; the card still sealed. */
public record BankLine(int lineNo, String reference, String payeeName, String cardNumberSealed, Money amount) {

    @Override
    public String toString() {
        return "BankLine[" + lineNo + " " + reference + " " + amount + "]";
    }
}
