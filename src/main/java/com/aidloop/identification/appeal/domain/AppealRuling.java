package com.aidloop.identification.appeal.domain;

import com.aidloop.identification.domain.DifficultyLevel;

/**
 * The county's ruling on an appeal: maintain the identification, or change it to a level of
 * difficulty above the one appealed against; a reason either way.
 */
public record AppealRuling(AppealDecision decision, DifficultyLevel newLevel, String reason) {

    public static final int REASON_MAX = 490;

    public AppealRuling {
        reason = reason == null ? "" : reason.strip();
        newLevel = decision == AppealDecision.CHANGE_LEVEL ? newLevel : null;
    }

    /** The refusal's message code against the level appealed, or null when the ruling may be recorded. */
    public String problem(DifficultyLevel appealed) {
        if (decision == null) {
            return "identification.appeal.decisionRequired";
        }
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            return "identification.appeal.reasonRequired";
        }
        if (decision == AppealDecision.CHANGE_LEVEL
                && (newLevel == null
                        || newLevel == DifficultyLevel.NOT_DIFFICULT
                        || !AppealWindow.lower(appealed, newLevel))) {
            return "identification.appeal.levelRequired";
        }
        return null;
    }
}
