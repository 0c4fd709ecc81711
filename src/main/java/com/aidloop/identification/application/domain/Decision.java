package com.aidloop.identification.application.domain;

import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;

/**
 * The school's decision on the level; the suggestion it departs from is kept beside it.
 *
 * @param reason why another level than the suggestion was chosen; empty when it follows it
 */
public record Decision(DifficultyLevel level, String reason, String decidedBy, Instant decidedAt) {

    public Decision {
        reason = reason == null ? "" : reason.strip();
    }
}
