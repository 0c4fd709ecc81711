package com.aidloop.award;

import java.util.List;

/**
 * A confirmation that cannot be revoked (撤销确认): nothing confirmed to revoke, or awards already
 * in a payout batch, named. Nothing was changed.
 */
public class RevocationRefused extends RuntimeException {

    private final String messageCode;
    private final List<Object> arguments;

    public RevocationRefused(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    /** A key of messages/award.properties. */
    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
