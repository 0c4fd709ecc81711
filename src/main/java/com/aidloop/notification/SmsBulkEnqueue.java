package com.aidloop.notification;

import java.util.List;

/**
 * What {@link SmsOutbox#enqueueAll} did.
 *
 * @param accepted requests whose text the policy allowed: each now has its message in the outbox
 *     (new, or already stored under its key)
 * @param stored messages newly written (keys not seen before)
 * @param refused requests whose text the policy refused, with the refusal; nothing stored for them
 */
public record SmsBulkEnqueue(int accepted, int stored, List<Refusal> refused) {

    public SmsBulkEnqueue {
        refused = List.copyOf(refused);
    }

    /** A request not enqueued because its text broke the content policy. */
    public record Refusal(SmsRequest request, SmsContentRefused reason) {}
}
