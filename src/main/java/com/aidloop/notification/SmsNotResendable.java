package com.aidloop.notification;

/** Only a message that failed can be sent again by staff; a waiting or sent one is left alone. */
public class SmsNotResendable extends RuntimeException {

    private final SmsStatus status;

    public SmsNotResendable(long id, SmsStatus status) {
        super("SMS " + id + " is " + status + ", only FAILED messages are sent again");
        this.status = status;
    }

    public SmsStatus status() {
        return status;
    }
}
