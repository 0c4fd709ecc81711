package com.aidloop.award;

import com.aidloop.shared.Money;
import java.time.LocalDate;

/**
 * One recording of recovered money (追回资金), spread over one or more awards of a student, and its
 * review (双人复核): who recorded it, who confirmed or rejected it, and why it was rejected.
 */
public record RecoveryEntry(
        long entry,
        String programmeNames,
        Money amount,
        LocalDate recoveredOn,
        String voucher,
        String reason,
        String source,
        String recordedBy,
        RecoveryStatus status,
        String reviewedBy,
        String reviewNote) {

    /** The same recording as its review left it. */
    public RecoveryEntry reviewed(RecoveryStatus outcome, String by, String note) {
        return new RecoveryEntry(
                entry, programmeNames, amount, recoveredOn, voucher, reason, source, recordedBy, outcome, by, note);
    }

    /** Whether someone other than the recorder may still confirm or reject it. */
    public boolean awaitingReview() {
        return status == RecoveryStatus.PENDING;
    }

    /** Whether this account may review it: pending, and not recorded by the same account. */
    public boolean reviewableBy(String username) {
        return awaitingReview() && !recordedBy.equals(username);
    }
}
