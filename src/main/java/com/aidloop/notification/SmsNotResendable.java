package com.aidloop.notification;

import com.aidloop.shared.Refusal;

/** Only a message that failed can be sent again by staff; a waiting or sent one is left alone. */
public class SmsNotResendable extends Refusal {

    private final SmsStatus status;

    public SmsNotResendable(long id, SmsStatus status) {
        super(Kind.CONFLICT, "sms.notResendable", status.label(), id);
        this.status = status;
    }

    public SmsStatus status() {
        return status;
    }
}
