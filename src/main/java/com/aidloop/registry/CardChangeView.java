package com.aidloop.registry;

import java.time.Instant;

/**
 * A card change as pages and the API show it: both cards masked, who asked and when, the reissue
 * batch that carries it (if any), and the decision. Nothing sealed is opened to show it.
 *
 * @param version the optimistic version a decision names
 * @param oldBank the bank of the card the student held when the change was asked for, or null (none)
 * @param newBank the bank asked for, or null when the change removes the card
 * @param carrierBatchId the reissue batch whose approval approves the change, or null
 */
public record CardChangeView(
        long id,
        int version,
        long studentId,
        String studentName,
        long schoolId,
        String schoolName,
        CardChangeStatus status,
        String oldBank,
        String oldCardMasked,
        String newBank,
        String newCardMasked,
        boolean newCardLuhnWarning,
        String requestedBy,
        Instant requestedAt,
        Long carrierBatchId,
        String carrierBatchReference,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {

    public boolean pending() {
        return status == CardChangeStatus.PENDING;
    }

    /** Decided by approving the reissue batch that carries it, not on its own. */
    public boolean carried() {
        return carrierBatchId != null;
    }

    public String statusLabel() {
        return status.label();
    }

    /** "中国农业银行 ***************1234", or 无资助卡. */
    public String oldCardLabel() {
        return oldBank == null ? "无资助卡" : oldBank + " " + oldCardMasked;
    }

    /** "中国建设银行 ***************4874", or 删除资助卡. */
    public String newCardLabel() {
        return newBank == null ? "删除资助卡" : newBank + " " + newCardMasked;
    }

    public CardChangeView withSchoolName(String name) {
        return new CardChangeView(
                id,
                version,
                studentId,
                studentName,
                schoolId,
                name,
                status,
                oldBank,
                oldCardMasked,
                newBank,
                newCardMasked,
                newCardLuhnWarning,
                requestedBy,
                requestedAt,
                carrierBatchId,
                carrierBatchReference,
                decidedBy,
                decidedAt,
                decisionNote);
    }
}
