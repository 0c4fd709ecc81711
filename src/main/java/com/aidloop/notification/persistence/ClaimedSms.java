package com.aidloop.notification.persistence;

import java.util.Map;
import java.util.UUID;

/**
 * A due message the dispatcher has leased for one send: nobody else picks it up until the lease
 * ends or the outcome is recorded.
 *
 * @param templateParams the values filled into the template, in its order; empty for a message
 *     stored before they were kept
 * @param attempts the sends tried so far, this one included
 * @param secretSealed the message's secret sealed, to put in place of its mask for the gateway; or null
 * @param claimToken proves, when the outcome is recorded, that the lease was not taken over meanwhile
 */
public record ClaimedSms(
        long id,
        String deduplicationKey,
        String phoneSealed,
        String template,
        String text,
        Map<String, String> templateParams,
        int attempts,
        UUID claimToken,
        String secretSealed) {

    @Override
    public String toString() {
        return "ClaimedSms[" + id + " " + deduplicationKey + ", attempt " + attempts + "]";
    }
}
