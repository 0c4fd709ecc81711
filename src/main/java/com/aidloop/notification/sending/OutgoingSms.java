package com.aidloop.notification.sending;

import com.aidloop.shared.PhoneNumber;
import java.util.Map;

/**
 * One send to a gateway.
 *
 * @param clientMessageId the message's de-duplication key: a gateway that sees the same id again
 *     must not deliver it twice, since a crash between its answer and our record repeats the send
 * @param template the message's template (e.g. PAYOUT), for providers that send registered templates only
 * @param params the values filled into the template, in its order; empty for a message stored before they were kept
 * @param text the finished text, signature included
 */
public record OutgoingSms(
        String clientMessageId, PhoneNumber phone, String template, Map<String, String> params, String text) {

    public OutgoingSms {
        params = params == null ? Map.of() : params;
    }

    @Override
    public String toString() {
        return "OutgoingSms[" + clientMessageId + " to " + phone.masked() + ", template " + template + "]";
    }
}
