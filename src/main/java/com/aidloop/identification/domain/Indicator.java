package com.aidloop.identification.domain;

import java.math.BigDecimal;

/**
 * One question of an indicator model (指标) and how its answer scores: a choice with points per
 * answer, a numeric band, a yes/no, or a count with points each and a cap. An indicator belongs to
 * a group (一级指标) whose total may be capped by the model.
 */
public sealed interface Indicator permits ChoiceIndicator, BandIndicator, YesNoIndicator, CountIndicator {

    String code();

    String name();

    String group();

    /** The kind's Chinese name, as the workbook's 类型 column writes it. */
    IndicatorKind kind();

    /**
     * Scores one answer (the text the application holds, blank when not answered) under the
     * model's local settings.
     */
    IndicatorLine score(String answer, LocalSettings settings);

    /** The local settings a model's scoring needs: the 低保 line (yuan per person and year), null while not set. */
    record LocalSettings(BigDecimal dibaoLine) {}

    static void requireCode(String code, String name) {
        if (code == null || !code.matches("[A-Za-z0-9_\\-]{1,40}")) {
            throw new IllegalArgumentException("an indicator code is 1-40 letters, digits, - or _: " + code);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an indicator needs a name of at most 100 characters");
        }
    }
}
