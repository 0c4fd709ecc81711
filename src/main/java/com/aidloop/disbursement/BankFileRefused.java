package com.aidloop.disbursement;

/**
 * A bank file cannot be written as the template demands (a name the encoding cannot hold, a field
 * longer than its fixed width), or a new generation differs from an earlier one of the same
 * template (the lines changed outside the platform).
 */
public class BankFileRefused extends BatchRefused {

    public BankFileRefused(String code, Object... args) {
        super(code, args);
    }
}
