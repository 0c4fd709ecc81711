package com.aidloop.notification.sending;

import com.aidloop.notification.SmsMessage;
import com.aidloop.shared.PhoneNumber;
import java.util.Map;

/**
 * One send to a gateway.
 *
 * @param clientMessageId the message's de-duplication key: a gateway that sees the same id again
 *     must not deliver it twice, since a crash between its answer and our record repeats the send
 * @param template the message's template (e.g. PAYOUT), for providers that send registered templates only
 * @param params the values filled into the template, in its order; empty for a message stored before they were kept
 * @param text the finished text, signature included (its secret, if any, in place)
 * @param secret the message's secret (an initial password) as it stands in text and params, or
 *     null: never logged, see {@link #loggableText()}
 */
public record OutgoingSms(
        String clientMessageId,
        PhoneNumber phone,
        String template,
        Map<String, String> params,
        String text,
        String secret) {

    public OutgoingSms {
        params = params == null ? Map.of() : params;
    }

    /** The text as logs may show it: the secret masked. */
    public String loggableText() {
        return secret == null ? text : text.replace(secret, SmsMessage.SECRET_MASK);
    }

    @Override
    public String toString() {
        return "OutgoingSms[" + clientMessageId + " to " + phone.masked() + ", template " + template + "]";
    }
}
