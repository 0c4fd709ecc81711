package com.aidloop.notification;

import com.aidloop.iam.FamilyCodeSms;
import com.aidloop.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * Puts a family's one-time login code in the outbox (iam's {@link FamilyCodeSms}). The code is the
 * message's secret (sealed, masked in its text and in logs, erased once sent), and the message
 * names no student, so no staff status view lists it.
 */
@Component
class FamilyCodeMessages implements FamilyCodeSms {

    private final SmsOutbox outbox;

    FamilyCodeMessages(SmsOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(PhoneNumber phone, String code, String deduplicationKey) {
        outbox.enqueue(new SmsRequest(
                deduplicationKey, phone, SmsRecipient.GUARDIAN, SmsMessage.loginCode(code), null, null, null));
    }
}
