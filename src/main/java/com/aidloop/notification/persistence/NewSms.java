package com.aidloop.notification.persistence;

import com.aidloop.notification.SmsRecipient;
import java.util.Map;

/**
 * A message ready for the outbox: the phone already sealed, indexed and masked.
 *
 * @param templateParams the values filled into the template, in its order
 * @param secretSealed the message's secret (an initial password) sealed, or null; text and params
 *     hold its mask
 */
public record NewSms(
        String deduplicationKey,
        String template,
        String text,
        Map<String, String> templateParams,
        String phoneSealed,
        String phoneIndex,
        String phoneMasked,
        SmsRecipient recipient,
        Long studentId,
        String studentName,
        Long schoolId,
        String schoolRegionCode,
        String householdRegionCode,
        String batchRef,
        String paymentRef,
        String secretSealed) {

    @Override
    public String toString() {
        return "NewSms[" + deduplicationKey + " to " + phoneMasked + "]";
    }
}
