package com.aidloop.identification.domain;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.Set;

/** An indicator answered 是 or 否: 是 scores its points, 否 nothing. */
public record YesNoIndicator(String code, String name, String group, BigDecimal points, String rule)
        implements Indicator {

    private static final Set<String> YES = Set.of("是", "有", "true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("否", "无", "false", "no", "n", "0");

    public YesNoIndicator {
        Indicator.requireCode(code, name);
        Points.checked(points, "points");
        rule = rule == null || rule.isBlank() ? name + "：" + Points.words(points) : rule.strip();
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.YES_NO;
    }

    @Override
    public IndicatorLine score(String answer, LocalSettings settings) {
        String given = answer == null ? "" : answer.strip().toLowerCase(java.util.Locale.ROOT);
        if (given.isEmpty()) {
            return IndicatorLine.notCounted(this, "", "未作答不计分", IndicatorLine.State.NOT_ANSWERED);
        }
        if (NO.contains(given)) {
            return IndicatorLine.counted(this, "否", BigDecimal.ZERO, "否：不计分");
        }
        if (!YES.contains(given)) {
            throw InvalidInput.of(code, "identification.answer.yesNo", name, answer.strip());
        }
        return points == null
                ? IndicatorLine.notCounted(this, "是", rule, IndicatorLine.State.POINTS_NOT_SET)
                : IndicatorLine.counted(this, "是", points, rule);
    }
}
