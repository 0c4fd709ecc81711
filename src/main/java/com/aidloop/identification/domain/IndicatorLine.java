package com.aidloop.identification.domain;

import java.math.BigDecimal;

/**
 * How one indicator scored: the applicant's answer as written, the points it gave and the rule's
 * words (Chinese), and whether the points count towards the total.
 *
 * @param points the points counted, zero when the line does not count
 */
public record IndicatorLine(
        String code, String name, String group, String answer, BigDecimal points, String rule, State state) {

    /** Whether the line counts, and if not why. */
    public enum State {
        COUNTED("计分"),
        NOT_ANSWERED("未作答"),
        POINTS_NOT_SET("分值未载明，须本地填写"),
        SETTING_MISSING("本地低保标准未设置");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static IndicatorLine counted(Indicator indicator, String answer, BigDecimal points, String rule) {
        return new IndicatorLine(
                indicator.code(), indicator.name(), indicator.group(), answer, points, rule, State.COUNTED);
    }

    static IndicatorLine notCounted(Indicator indicator, String answer, String rule, State state) {
        return new IndicatorLine(
                indicator.code(), indicator.name(), indicator.group(), answer, BigDecimal.ZERO, rule, state);
    }

    /** Whether the total lacks this line's points for a reason the model can cure (points or a setting unset). */
    public boolean leavesTotalIncomplete() {
        return state == State.POINTS_NOT_SET || state == State.SETTING_MISSING;
    }

    /** The line as the stored explanation writes it: indicator, answer, points, rule. */
    public String explained() {
        String shown = state == State.COUNTED ? Points.words(points) : state.label();
        return name + "｜答：" + (answer.isEmpty() ? "—" : answer) + "｜" + shown + "｜" + rule;
    }
}
