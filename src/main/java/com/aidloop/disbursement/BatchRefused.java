package com.aidloop.disbursement;

/**
 * A payout batch or bank file step refused by a business rule. The code names a message in
 * {@code messages/disbursement.properties}; pages and the API show it in Chinese (409 on the API).
 */
public class BatchRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected BatchRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
