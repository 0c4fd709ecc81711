package com.aidloop.iam;

import com.aidloop.shared.PhoneNumber;

/**
 * Port for family login: puts a one-time code's SMS in the outbox inside the caller's transaction.
 * Declared here, implemented by the notification module, so that iam stays below it.
 */
public interface FamilyCodeSms {

    /**
     * @param deduplicationKey names the code issued (never the phone)
     */
    void send(PhoneNumber phone, String code, String deduplicationKey);
}
