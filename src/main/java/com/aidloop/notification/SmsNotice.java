package com.aidloop.notification;

import java.time.Instant;

/**
 * A message as status views show it: the phone only masked, the last error free of personal data.
 *
 * @param attempts sends tried since it was enqueued or last sent again by staff
 * @param resends how often staff sent it again after it failed
 * @param lastError why the last send did not go through, or, while NOT_SENT, why nothing was sent
 *     (e.g. 未配置短信网关)
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

    /** Staff may send it (again): it failed, or it was never handed to a provider. */
    public boolean resendable() {
        return status == SmsStatus.FAILED || status == SmsStatus.NOT_SENT;
    }

    /** The status as pages and the API word it: 未发送 with its reason, e.g. "未发送（未配置短信网关）". */
    public String statusText() {
        if (status == SmsStatus.NOT_SENT && lastError != null && !lastError.isBlank()) {
            return status.label() + "（" + lastError + "）";
        }
        return status.label();
    }
}
