package com.aidloop.notification;

import com.aidloop.shared.PhoneNumber;

/**
 * Which messages a status list shows; every part is optional.
 *
 * @param phone matched through its blind index, never by plain value
 */
public record SmsFilter(Long studentId, String batchRef, String paymentRef, SmsStatus status, PhoneNumber phone) {

    public static SmsFilter student(long studentId) {
        return new SmsFilter(studentId, null, null, null, null);
    }

    public static SmsFilter batch(String batchRef) {
        return new SmsFilter(null, batchRef, null, null, null);
    }

    public SmsFilter {
        batchRef = blankToNull(batchRef);
        paymentRef = blankToNull(paymentRef);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
