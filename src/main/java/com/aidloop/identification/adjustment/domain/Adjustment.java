package com.aidloop.identification.adjustment.domain;

import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.shared.Term;
import java.math.BigDecimal;

/**
 * One adjustment of an identification: the term it was made in, the decision it replaced, the new
 * decision (level, reason, who, when), the change in the family it records (an emergency; sealed
 * when stored), when the school re-scored, the model's suggestion, and, when the adjustment is the
 * school's answer to an objection to the public notice, that objection.
 *
 * @param change the family's change, or null when the reason alone tells it
 * @param rescored the score under the model in force on the day, or null when not re-scored
 * @param objectionId the upheld objection (公示异议) the adjustment answers, or null for a semester adjustment
 */
public record Adjustment(
        Long id,
        long applicationId,
        Term term,
        Decision replaced,
        Decision adjusted,
        Emergency change,
        Rescored rescored,
        Long objectionId) {

    public Adjustment {
        if (term == null || replaced == null || adjusted == null) {
            throw new IllegalArgumentException("an adjustment has its term, the decision replaced and the new one");
        }
    }

    /** Whether the adjustment answers an upheld objection to the public notice. */
    public boolean onObjection() {
        return objectionId != null;
    }

    /** The model's suggestion on re-scoring, kept beside the school's choice. */
    public record Rescored(long modelId, BigDecimal total, DifficultyLevel level, String explanation) {

        public String levelLabel() {
            return level == null ? "未给出" : level.label();
        }
    }

    @Override
    public String toString() {
        return "Adjustment[" + id + ", " + replaced.level() + " → " + adjusted.level() + "]";
    }
}
