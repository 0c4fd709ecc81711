package com.aidloop.identification.notice.domain;

import com.aidloop.identification.domain.DifficultyLevel;

/**
 * The school's answer to an objection: what it tells, what it decided and why. Upholding needs
 * the student the objection is about; a new level must differ from the one in force and be a
 * level of difficulty (不困难 is a cancellation).
 */
public record ObjectionAnswer(String answer, ObjectionDecision decision, DifficultyLevel newLevel, String reason) {

    public ObjectionAnswer {
        answer = answer == null ? "" : answer.strip();
        reason = reason == null ? "" : reason.strip();
    }

    /**
     * The refusal's message code, or null when the answer may be recorded. Upholding needs an
     * identification in force ({@code inForce} not null): not one cancelled, nor one re-reviewed
     * after an adjustment.
     */
    public String problem(DifficultyLevel inForce, boolean aboutAStudent) {
        if (decision == null) {
            return "notice.objection.decisionRequired";
        }
        if (answer.isEmpty() || answer.length() > 1000) {
            return "notice.objection.answerRequired";
        }
        if (reason.isEmpty() || reason.length() > 500) {
            return "notice.objection.reasonRequired";
        }
        if (decision.upheld() && !aboutAStudent) {
            return "notice.objection.noStudent";
        }
        if (decision.upheld() && inForce == null) {
            return "notice.objection.notInForce";
        }
        if (decision == ObjectionDecision.ADJUST_LEVEL
                && (newLevel == null || newLevel == DifficultyLevel.NOT_DIFFICULT || newLevel == inForce)) {
            return "notice.objection.levelRequired";
        }
        return null;
    }
}
