package com.aidloop.identification.domain;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;

/** An indicator answered with a count: points for each, up to a cap (封顶, null for none). */
public record CountIndicator(String code, String name, String group, BigDecimal pointsEach, BigDecimal cap, String rule)
        implements Indicator {

    public CountIndicator {
        Indicator.requireCode(code, name);
        Points.checked(pointsEach, "points");
        Points.checked(cap, "cap");
        if (rule == null || rule.isBlank()) {
            rule = "每项" + Points.words(pointsEach) + (cap == null ? "" : "，最高" + Points.words(cap));
        }
        rule = rule.strip();
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.COUNT;
    }

    @Override
    public IndicatorLine score(String answer, LocalSettings settings) {
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            return IndicatorLine.notCounted(this, "", "未作答不计分", IndicatorLine.State.NOT_ANSWERED);
        }
        if (!given.matches("\\d{1,3}")) {
            throw InvalidInput.of(code, "identification.answer.count", name, given);
        }
        if (pointsEach == null) {
            return IndicatorLine.notCounted(this, given, rule, IndicatorLine.State.POINTS_NOT_SET);
        }
        BigDecimal points = pointsEach.multiply(new BigDecimal(given));
        if (cap != null && points.compareTo(cap) > 0) {
            return IndicatorLine.counted(this, given, cap, rule + "（已封顶）");
        }
        return IndicatorLine.counted(this, given, points, rule);
    }
}
