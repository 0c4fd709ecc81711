package com.aidloop.notification;

import com.aidloop.shared.Paged;
import java.util.EnumMap;
import java.util.Map;

/**
 * Delivery status of a student's or a batch's messages: how many wait, were sent or failed, and
 * one page of the messages themselves, newest first.
 */
public record SmsStatusReport(Map<SmsStatus, Long> counts, Paged<SmsNotice> messages) {

    public SmsStatusReport {
        EnumMap<SmsStatus, Long> all = new EnumMap<>(SmsStatus.class);
        for (SmsStatus status : SmsStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Map.copyOf(all);
    }

    public long count(SmsStatus status) {
        return counts.get(status);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
