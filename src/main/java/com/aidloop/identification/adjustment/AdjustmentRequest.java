package com.aidloop.identification.adjustment;

import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;

/**
 * What a school asks for when it re-assesses a student during the year.
 *
 * @param level the new level
 * @param reason why (the family's change), required
 * @param change the emergency that changed the family (灾害、意外、重病 with its date), or null
 * @param rescore whether (absent: no) to score the application's form, with the change, under the model in force today
 */
public record AdjustmentRequest(DifficultyLevel level, String reason, Emergency change, Boolean rescore) {

    public AdjustmentRequest {
        reason = reason == null ? "" : reason.strip();
        rescore = Boolean.TRUE.equals(rescore);
    }
}
