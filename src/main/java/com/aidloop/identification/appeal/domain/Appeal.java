package com.aidloop.identification.appeal.domain;

import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;

/**
 * A family's appeal of one identification: the level appealed against and the suggestion beside
 * it, the family's grounds, who lodged it and when, and the county's ruling once given (final for
 * the school year: a decided appeal is never decided again).
 *
 * @param ruling null while the appeal waits for the county
 */
public record Appeal(
        long id,
        long applicationId,
        String studentName,
        String schoolName,
        String grade,
        String className,
        int schoolYear,
        DifficultyLevel appealedLevel,
        DifficultyLevel suggestedLevel,
        String grounds,
        String lodgedBy,
        Instant lodgedAt,
        AppealRuling ruling,
        String decidedBy,
        Instant decidedAt) {

    public boolean decided() {
        return ruling != null;
    }

    public AppealWindow.Ground ground() {
        return appealedLevel == DifficultyLevel.NOT_DIFFICULT
                ? AppealWindow.Ground.REFUSED
                : AppealWindow.Ground.LOWERED;
    }

    public String suggestedLabel() {
        return suggestedLevel == null ? "未给出" : suggestedLevel.label();
    }

    /** The outcome as the family reads it: 维持原认定（不困难） or 改为一般困难. */
    public String outcome() {
        if (ruling == null) {
            return "等待县级资助中心处理";
        }
        return ruling.decision() == AppealDecision.CHANGE_LEVEL
                ? "改为" + ruling.newLevel().label()
                : "维持原认定（" + appealedLevel.label() + "）";
    }

    /** Checks a ruling before it is recorded: refused when decided already (final) or the ruling breaks a rule. */
    public void check(AppealRuling given) {
        if (decided()) {
            throw AppealRefused.conflict("identification.appeal.decided");
        }
        String problem = given.problem(appealedLevel);
        if (problem != null) {
            throw AppealRefused.invalid(problem);
        }
    }

    @Override
    public String toString() {
        return "Appeal[" + id + ", application " + applicationId + ", " + (decided() ? ruling.decision() : "waiting")
                + "]";
    }
}
