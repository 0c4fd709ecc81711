package com.aidloop.disbursement.bankfile;

import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;

/**
 * One line of a bank file: 序号 (position in the file, 1..n), 户名, the full card number, 金额 and
 * 摘要 (the payment reference). {@link #toString()} masks the card.
 */
public record BankFileRow(int number, String payeeName, String cardNumber, Money amount, String reference) {

    @Override
    public String toString() {
        return "BankFileRow[" + number + " " + reference + " " + Masking.bankCard(cardNumber) + " " + amount + "]";
    }
}
