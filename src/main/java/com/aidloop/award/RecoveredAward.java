package com.aidloop.award;

import com.aidloop.shared.Money;
import java.time.LocalDate;

/**
 * Money recovered from an award (追回资金): how much, on which day, against which voucher, and why;
 * recovered money once its review confirmed it, waiting for that review while PENDING.
 */
public record RecoveredAward(
        long id,
        long awardId,
        String term,
        String schoolName,
        String programmeName,
        String studentName,
        Money awardAmount,
        Money amount,
        LocalDate recoveredOn,
        String voucher,
        String reason,
        String source,
        RecoveryStatus status) {}
