package com.aidloop.notification;

import com.aidloop.shared.Refusal;

/** No message with that id lies inside the caller's data scope (its existence is not revealed). */
public class SmsNotFound extends Refusal {

    public SmsNotFound(long id) {
        super(Kind.NOT_FOUND, "sms.notFound", id);
        about("sms", id);
    }
}
