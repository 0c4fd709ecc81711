package com.aidloop.shared;

/**
 * A value a person typed or imported breaks a rule. Carries a message code from the
 * {@code messages} bundles and its arguments, so that pages, API answers and import reports
 * show the same Chinese sentence. Never put a full ID or card number into the arguments.
 */
public class InvalidValue extends Refusal {

    public InvalidValue(String code, Object... args) {
        this(Kind.INVALID, code, args);
    }

    protected InvalidValue(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }
}
