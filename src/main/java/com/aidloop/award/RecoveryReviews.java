package com.aidloop.award;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.persistence.RecoveryStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Refusal.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes on recovered money (追回资金的双人复核), as payout batches have theirs: a
 * recording waits (待复核) until a staff member other than the one who recorded it confirms it
 * (then it is recovered money) or rejects it with a reason (then it reserves nothing). Callers
 * check who may review (county staff and above); audited.
 */
@Service
public class RecoveryReviews {

    public static final int NOTE_MAX = 200;

    private final RecoveryStore store;
    private final AuditTrail audit;
    private final ChinaTime time;

    RecoveryReviews(RecoveryStore store, AuditTrail audit, ChinaTime time) {
        this.store = store;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Confirms the recording: its money is recovered from now on.
     *
     * @throws RecoveryRefused when it is unknown in the scope, was already reviewed, or was recorded by the same account
     */
    @Transactional
    public RecoveryEntry confirm(long entry, CurrentAccount by) {
        RecoveryEntry recording = reviewable(entry, by);
        reviewed(recording, RecoveryStatus.CONFIRMED, null, by);
        audit.record(AuditRecord.of("APPROVE", "award-recovery", entry, "复核确认追回资金：" + summary(recording))
                .by(by.username()));
        return recording.reviewed(RecoveryStatus.CONFIRMED, by.username(), null);
    }

    /**
     * Rejects the recording with a reason: it reserves nothing any more and recovers nothing.
     *
     * @throws InvalidInput when the reason is missing or too long
     * @throws RecoveryRefused when it is unknown in the scope, was already reviewed, or was recorded by the same account
     */
    @Transactional
    public RecoveryEntry reject(long entry, String reason, CurrentAccount by) {
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty()) {
            throw InvalidInput.of("reason", "recovery.review.reasonRequired");
        }
        if (note.length() > NOTE_MAX) {
            throw InvalidInput.of("reason", "recovery.review.reasonTooLong", NOTE_MAX);
        }
        RecoveryEntry recording = reviewable(entry, by);
        reviewed(recording, RecoveryStatus.REJECTED, note, by);
        audit.record(
                AuditRecord.of("REJECT", "award-recovery", entry, "退回追回资金登记：" + summary(recording) + "；退回原因：" + note)
                        .by(by.username()));
        return recording.reviewed(RecoveryStatus.REJECTED, by.username(), note);
    }

    private RecoveryEntry reviewable(long entry, CurrentAccount by) {
        RecoveryEntry recording = store.entryForUpdate(entry, by.scope())
                .orElseThrow(() -> new RecoveryRefused(Kind.NOT_FOUND, "recovery.review.notFound", entry));
        if (!recording.awaitingReview()) {
            throw new RecoveryRefused(
                    Kind.CONFLICT,
                    "recovery.review.notPending",
                    recording.status().label(),
                    recording.reviewedBy());
        }
        if (recording.recordedBy().equals(by.username())) {
            throw new RecoveryRefused(Kind.CONFLICT, "recovery.review.recorderCannotReview", summary(recording));
        }
        return recording;
    }

    private void reviewed(RecoveryEntry recording, RecoveryStatus status, String note, CurrentAccount by) {
        if (store.review(recording.entry(), status, by.username(), time.now(), note) == 0) {
            throw new RecoveryRefused(Kind.CONFLICT, "recovery.review.notPending", status.label(), by.username());
        }
    }

    private static String summary(RecoveryEntry r) {
        return r.programmeNames() + " " + r.amount() + "元，" + r.recoveredOn() + "，凭证" + r.voucher() + "，登记人"
                + r.recordedBy();
    }
}
