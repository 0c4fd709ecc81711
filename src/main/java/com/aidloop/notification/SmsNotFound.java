package com.aidloop.notification;

/** No message with that id lies inside the caller's data scope (its existence is not revealed). */
public class SmsNotFound extends RuntimeException {

    public SmsNotFound(long id) {
        super("SMS " + id + " not found in scope");
    }
}
