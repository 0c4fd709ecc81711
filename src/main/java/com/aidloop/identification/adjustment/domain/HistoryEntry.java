package com.aidloop.identification.adjustment.domain;

import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One step in the history of an identification: the school's decision (学校认定), a semester
 * adjustment (动态调整) or an adjustment upholding an objection to the public notice (公示异议调整),
 * with its level, reason, who and when.
 *
 * @param adjustment the adjustment of this step, null for the first decision
 */
public record HistoryEntry(
        String step, DifficultyLevel level, String reason, String by, Instant at, Adjustment adjustment) {

    public static final String DECIDED = "学校认定";
    public static final String ADJUSTED = "动态调整";
    public static final String ON_OBJECTION = "公示异议调整";

    /**
     * The history from the decision in force and the adjustments, oldest first: the first
     * decision (kept by the first adjustment once one replaced it), then every adjustment.
     */
    public static List<HistoryEntry> of(Decision current, List<Adjustment> adjustments) {
        List<HistoryEntry> steps = new ArrayList<>();
        Decision first =
                adjustments.isEmpty() ? current : adjustments.getFirst().replaced();
        if (first != null) {
            steps.add(new HistoryEntry(
                    DECIDED, first.level(), first.reason(), first.decidedBy(), first.decidedAt(), null));
        }
        for (Adjustment a : adjustments) {
            Decision d = a.adjusted();
            String step = a.onObjection() ? ON_OBJECTION : ADJUSTED;
            steps.add(new HistoryEntry(step, d.level(), d.reason(), d.decidedBy(), d.decidedAt(), a));
        }
        return List.copyOf(steps);
    }

    public String termLabel() {
        return adjustment == null ? "" : adjustment.term().label();
    }
}
