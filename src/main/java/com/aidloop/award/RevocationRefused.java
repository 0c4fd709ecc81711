package com.aidloop.award;

import com.aidloop.shared.Refusal;

/**
 * A confirmation that cannot be revoked (撤销确认): nothing confirmed to revoke, or awards already
 * in a payout batch, named. Nothing was changed.
 */
public class RevocationRefused extends Refusal {

    /** The code is a key of messages/award.properties. */
    public RevocationRefused(String messageCode, Object... arguments) {
        super(Kind.CONFLICT, messageCode, arguments);
    }
}
