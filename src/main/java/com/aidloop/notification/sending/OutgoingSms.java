package com.aidloop.notification.sending;

import com.aidloop.shared.PhoneNumber;

/**
 * One send to a gateway.
 *
 * @param clientMessageId the message's de-duplication key: a gateway that sees the same id again
 *     must not deliver it twice, since a crash between its answer and our record repeats the send
 */
public record OutgoingSms(String clientMessageId, PhoneNumber phone, String text) {

    @Override
    public String toString() {
        return "OutgoingSms[" + clientMessageId + " to " + phone.masked() + "]";
    }
}
