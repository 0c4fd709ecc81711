package com.aidloop.disbursement;

/** No bank template of this name is configured. */
public class UnknownBankTemplate extends BatchRefused {

    public UnknownBankTemplate(String name) {
        super(Kind.INVALID, "bankfile.unknownTemplate", name);
    }
}
