package com.aidloop.shared;

import java.util.Arrays;

/**
 * A value a person typed or imported breaks a rule. Carries a message code from the
 * {@code messages} bundles and its arguments, so that pages, API answers and import reports
 * show the same Chinese sentence. Never put a full ID or card number into the arguments.
 */
public class InvalidValue extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public InvalidValue(String code, Object... args) {
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

    /** The Chinese sentence for this problem, read from the shared message bundle. */
    @Override
    public String getLocalizedMessage() {
        return Messages.format(code, args);
    }

    @Override
    public String toString() {
        return "InvalidValue[" + code + " " + Arrays.toString(args) + "]";
    }
}
