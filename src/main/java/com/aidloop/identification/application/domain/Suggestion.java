package com.aidloop.identification.application.domain;

import com.aidloop.identification.domain.DifficultyLevel;
import java.math.BigDecimal;

/**
 * The level the score suggested on submission, under which model version, with its total.
 *
 * @param level null when the model suggests none (cut-offs not set, points not given)
 */
public record Suggestion(long modelId, BigDecimal total, DifficultyLevel level) {

    public String levelLabel() {
        return level == null ? "未给出" : level.label();
    }
}
