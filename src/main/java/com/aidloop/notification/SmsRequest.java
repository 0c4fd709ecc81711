package com.aidloop.notification;

import com.aidloop.shared.Masking;
import com.aidloop.shared.PhoneNumber;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message to put in the outbox.
 *
 * @param deduplicationKey one message per key, ever: enqueueing the same key again returns the
 *     message already there. It is also the client message id the gateway de-duplicates by, so it
 *     names the fact reported ({@code payment:<reference>}), never a person: letters, digits and
 *     {@code : . _ - /}, at most 100 characters, and nothing shaped like an ID, card or phone number
 * @param phone the recipient's mobile, plain; the outbox stores it sealed
 * @param student the student the message is about, or null
 * @param batchRef the payout batch, or null
 * @param paymentRef the payment, or null
 * @param school the school a message about no student goes to, or null
 */
public record SmsRequest(
        String deduplicationKey,
        PhoneNumber phone,
        SmsRecipient recipient,
        SmsMessage message,
        SmsStudent student,
        String batchRef,
        String paymentRef,
        SmsSchool school) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,99}");

    public SmsRequest {
        Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        if (!KEY.matcher(deduplicationKey).matches()) {
            throw new IllegalArgumentException("a de-duplication key is 1-100 letters, digits or : . _ - /");
        }
        if (!Masking.withinText(deduplicationKey).equals(deduplicationKey)) {
            throw new IllegalArgumentException("a de-duplication key must not look like an ID, card or phone number");
        }
        batchRef = blankToNull(batchRef);
        paymentRef = blankToNull(paymentRef);
    }

    /** A message without a school of its own (it has a student, or none). */
    public SmsRequest(
            String deduplicationKey,
            PhoneNumber phone,
            SmsRecipient recipient,
            SmsMessage message,
            SmsStudent student,
            String batchRef,
            String paymentRef) {
        this(deduplicationKey, phone, recipient, message, student, batchRef, paymentRef, null);
    }

    /**
     * The initial password of a new school account to the school's contact, keyed
     * {@code account-password:<account id>}: one message per account, ever.
     */
    public static SmsRequest initialPassword(long accountId, PhoneNumber phone, SmsSchool school, SmsMessage message) {
        return new SmsRequest(
                "account-password:" + accountId, phone, SmsRecipient.SCHOOL_CONTACT, message, null, null, null, school);
    }

    /** The notice of one payment, keyed {@code payment:<paymentRef>}. */
    public static SmsRequest payment(
            String paymentRef,
            String batchRef,
            PhoneNumber phone,
            SmsRecipient recipient,
            SmsStudent student,
            SmsMessage message) {
        Objects.requireNonNull(paymentRef, "paymentRef");
        return new SmsRequest(
                "payment:" + paymentRef.strip(), phone, recipient, message, student, batchRef, paymentRef);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "SmsRequest[" + deduplicationKey + " to " + phone.masked() + " (" + recipient + "), template "
                + message.template() + ", student " + (student == null ? null : student.id()) + ", batch " + batchRef
                + "]";
    }
}
