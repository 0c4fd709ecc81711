package com.aidloop.registry;

import com.aidloop.shared.Refusal;

/**
 * A step on a card change that its rules do not allow. The code names a message in
 * {@code messages/registry.properties}; pages and the API show it in Chinese (409 on the API
 * unless the request itself is at fault).
 */
public class CardChangeRefused extends Refusal {

    protected CardChangeRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** Four eyes: whoever asked for the card may not approve it. */
    public static CardChangeRefused requesterCannotApprove() {
        return audited(Concern.APPROVAL, "cardChange.requesterCannotApprove");
    }

    /** The change was decided already (approved, rejected or replaced by a newer one). */
    public static CardChangeRefused alreadyDecided(CardChangeStatus status, String by) {
        return new CardChangeRefused(Kind.CONFLICT, "cardChange.alreadyDecided", status.label(), by == null ? "—" : by);
    }

    /** A change carried by a reissue batch is decided by approving that batch, not on its own. */
    public static CardChangeRefused carriedByBatch(String batchReference) {
        return new CardChangeRefused(Kind.CONFLICT, "cardChange.carriedByBatch", batchReference);
    }

    /** Someone decided or replaced the change after the person looked at it. */
    public static CardChangeRefused changedMeanwhile() {
        return audited(Concern.LOST_RACE, "cardChange.changedMeanwhile");
    }

    /** The student's card is no longer the one the change started from; it cannot take effect. */
    public static CardChangeRefused studentCardChanged(String currentMasked) {
        return new CardChangeRefused(
                Kind.CONFLICT, "cardChange.studentCardChanged", currentMasked == null ? "无资助卡" : currentMasked);
    }

    /** A rejection needs a reason, for the requester and the audit trail. */
    public static CardChangeRefused rejectionNeedsReason() {
        return new CardChangeRefused(Kind.INVALID, "cardChange.rejectionReasonRequired");
    }

    /** No such change in the caller's scope (its existence is not revealed). */
    public static CardChangeRefused notFound(long id) {
        return new CardChangeRefused(Kind.NOT_FOUND, "cardChange.notFound", id);
    }

    /** A conflict the auditor must see (docs/iam-and-audit.md, refusals in the trail). */
    private static CardChangeRefused audited(Concern concern, String code) {
        CardChangeRefused refused = new CardChangeRefused(Kind.CONFLICT, code);
        refused.auditedAs(concern);
        return refused;
    }
}
