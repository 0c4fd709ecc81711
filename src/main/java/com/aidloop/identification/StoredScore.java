package com.aidloop.identification;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.ScoreResult;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A score kept for an application under one model version, with the explanation as it was given.
 *
 * @param level the suggested level, null when none was suggested
 */
public record StoredScore(
        long applicationId,
        long modelId,
        String modelTitle,
        ScoreResult.Outcome outcome,
        BigDecimal total,
        DifficultyLevel level,
        String levelRule,
        String explanation,
        String fingerprint,
        Instant scoredAt) {}
