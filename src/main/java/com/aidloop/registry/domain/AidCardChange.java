package com.aidloop.registry.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.registry.CardChangeCarrier;
import com.aidloop.registry.CardChangeRefused;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.shared.FreeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change of a student's aid card (资助卡变更) waiting for a second person. Money follows the card,
 * so a new card never takes effect on the word of one person: the change is PENDING until someone
 * other than the requester approves it, or until the reissue batch that carries it is approved by
 * someone who put nothing into that batch. It moves once, from PENDING to APPROVED, REJECTED or
 * SUPERSEDED (a newer request for the same student), and every verb checks that first.
 */
public final class AidCardChange {

    private final Long id;
    private final int version;
    private final long studentId;
    private final AidCard oldCard;
    private final AidCard newCard;
    private final String requestedBy;
    private final Instant requestedAt;
    private CardChangeStatus status;
    private CardChangeCarrier carrier;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    private AidCardChange(
            Long id,
            int version,
            long studentId,
            CardChangeStatus status,
            AidCard oldCard,
            AidCard newCard,
            String requestedBy,
            Instant requestedAt,
            CardChangeCarrier carrier) {
        this.id = id;
        this.version = version;
        this.studentId = studentId;
        this.status = Objects.requireNonNull(status);
        this.oldCard = oldCard;
        this.newCard = newCard;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = requestedAt;
        this.carrier = carrier;
    }

    /**
     * A new request to replace {@code current} by {@code requested} (either may be null: a card
     * added or removed).
     *
     * @param carrier the reissue batch whose approval approves the change, or null to approve it on its own
     */
    public static AidCardChange request(
            long studentId, AidCard current, AidCard requested, String by, Instant at, CardChangeCarrier carrier) {
        if (Objects.equals(current, requested)) {
            throw new IllegalArgumentException("a card change must change the card");
        }
        return new AidCardChange(null, 0, studentId, CardChangeStatus.PENDING, current, requested, by, at, carrier);
    }

    /** Rebuilds a stored change. */
    public static AidCardChange restore(
            long id,
            int version,
            long studentId,
            CardChangeStatus status,
            AidCard oldCard,
            AidCard newCard,
            String requestedBy,
            Instant requestedAt,
            CardChangeCarrier carrier,
            String decidedBy,
            Instant decidedAt,
            String note) {
        AidCardChange change =
                new AidCardChange(id, version, studentId, status, oldCard, newCard, requestedBy, requestedAt, carrier);
        change.decidedBy = decidedBy;
        change.decidedAt = decidedAt;
        change.decisionNote = note;
        return change;
    }

    /** 审核通过 on its own, by a second person; a change carried by a reissue batch goes with that batch. */
    public void approve(String by, Instant at) {
        requirePending();
        if (carrier != null) {
            throw CardChangeRefused.carriedByBatch(carrier.batchReference());
        }
        requireSecondPerson(by);
        decide(CardChangeStatus.APPROVED, by, at, null);
    }

    /** Approved with the reissue batch that carries it, by whoever approved the batch (never one of its makers). */
    public void approveWithBatch(long batchId, String by, Instant at) {
        requirePending();
        if (carrier == null || carrier.batchId() != batchId) {
            throw new IllegalStateException("card change " + id + " is not carried by batch " + batchId);
        }
        requireSecondPerson(by);
        decide(CardChangeStatus.APPROVED, by, at, null);
    }

    /**
     * 驳回, with the reason (at most {@link FreeText#NOTE_MAX} characters); the old card stays. A change
     * carried by a batch is taken out of the batch instead.
     */
    public void reject(String by, Instant at, String reason) {
        requirePending();
        if (carrier != null) {
            throw CardChangeRefused.carriedByBatch(carrier.batchReference());
        }
        String text = FreeText.limited("reason", reason, FreeText.NOTE_MAX);
        if (text.isEmpty()) {
            throw CardChangeRefused.rejectionNeedsReason();
        }
        decide(CardChangeStatus.REJECTED, by, at, text);
    }

    /** A newer request for the same student's card takes this one's place. */
    public void supersede(String by, Instant at) {
        requirePending();
        decide(CardChangeStatus.SUPERSEDED, by, at, null);
    }

    /**
     * The reissued payment that carried the change left its batch: the change stays pending and is
     * now approved on its own.
     */
    public void release() {
        requirePending();
        carrier = null;
    }

    /** Whether the student still holds the card this change started from, so that it may take effect. */
    public boolean startsFrom(AidCard current) {
        return Objects.equals(oldCard, current);
    }

    /** The card fields old → new, masked, followed by who asked and who decided, for the audit trail. */
    public List<FieldChange> auditChanges() {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(bank(oldCard), bank(newCard))) {
            changes.add(new FieldChange("开户银行", bank(oldCard), bank(newCard)));
        }
        changes.add(new FieldChange("资助卡号", masked(oldCard), masked(newCard)));
        changes.add(new FieldChange("申请人", null, requestedBy));
        if (decidedBy != null) {
            changes.add(new FieldChange(status == CardChangeStatus.APPROVED ? "审核人" : "处理人", null, decidedBy));
        }
        return changes;
    }

    private void requirePending() {
        if (status != CardChangeStatus.PENDING) {
            throw CardChangeRefused.alreadyDecided(status, decidedBy);
        }
    }

    private void requireSecondPerson(String by) {
        if (requestedBy.equals(by)) {
            throw CardChangeRefused.requesterCannotApprove();
        }
    }

    private void decide(CardChangeStatus decided, String by, Instant at, String note) {
        status = decided;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        decisionNote = note;
    }

    private static String bank(AidCard card) {
        return card == null ? null : card.bank();
    }

    private static String masked(AidCard card) {
        return card == null ? null : card.number().masked();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public long studentId() {
        return studentId;
    }

    public CardChangeStatus status() {
        return status;
    }
    /** The card the student held when the change was asked for, or null. */
    public AidCard oldCard() {
        return oldCard;
    }
    /** The card asked for, or null when the change removes the card. */
    public AidCard newCard() {
        return newCard;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public CardChangeCarrier carrier() {
        return carrier;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    @Override
    public String toString() {
        return "AidCardChange[" + id + " student " + studentId + " " + status + " " + oldCard + " → " + newCard + " by "
                + requestedBy + "]";
    }
}
