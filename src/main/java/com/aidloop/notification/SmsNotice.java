package com.aidloop.notification;

import java.time.Instant;

/**
 * A message as status views show it: the phone only masked, the last error free of personal data.
 *
 * @param attempts sends tried since it was enqueued or last sent again by staff
 * @param resends how often staff sent it again after it failed
 * @param nextAttemptAt when the dispatcher may next try it (meaningful while PENDING)
 */
public record SmsNotice(
        long id,
        String deduplicationKey,
        SmsStatus status,
        String template,
        String text,
        String phoneMasked,
        SmsRecipient recipient,
        Long studentId,
        String studentName,
        String batchRef,
        String paymentRef,
        int attempts,
        int resends,
        String lastError,
        String gateway,
        String gatewayMessageId,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant failedAt) {

    public boolean resendable() {
        return status == SmsStatus.FAILED;
    }
}
