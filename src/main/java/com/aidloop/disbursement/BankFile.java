package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * A generated bank file: the same bytes every time for the same batch and template. It holds full
 * card numbers (it is for the bank): never log it.
 */
public record BankFile(
        String fileName, String mediaType, byte[] content, String sha256, long lineCount, Money totalAmount) {

    @Override
    public String toString() {
        return "BankFile[" + fileName + " " + lineCount + " lines " + totalAmount + " sha256 " + sha256 + "]";
    }
}
