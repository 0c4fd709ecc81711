package com.aidloop.identification.domain;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An indicator answered with a number that falls into one of its bands (区间), each up to an
 * inclusive bound, the last without one. Measured as typed, or as a multiple of the local 低保
 * line: the answer is then the family's per-capita annual income in yuan, divided by the line.
 */
public record BandIndicator(String code, String name, String group, Basis basis, List<Band> bands)
        implements Indicator {

    /** What the bands measure, named as the workbook's 计量 column writes it. */
    public enum Basis {
        VALUE("数值"),
        MULTIPLE_OF_DIBAO("低保标准倍数");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Basis ofLabel(String text) {
            for (Basis basis : values()) {
                if (basis.label.equals(text == null ? "" : text.strip())) {
                    return basis;
                }
            }
            return null;
        }
    }

    /** Values up to {@code upTo} (inclusive; null: no bound) above the band before score {@code points}. */
    public record Band(BigDecimal upTo, BigDecimal points, String rule) {

        public Band {
            Points.checked(upTo, "band bound");
            Points.checked(points, "points");
            if (rule == null || rule.isBlank()) {
                throw new IllegalArgumentException("a band needs the rule's words");
            }
            rule = rule.strip();
        }
    }

    public BandIndicator {
        Indicator.requireCode(code, name);
        bands = List.copyOf(bands);
        if (basis == null || bands.isEmpty() || bands.getLast().upTo() != null) {
            throw new IllegalArgumentException(
                    "a band indicator needs a basis and bands ending without a bound: " + code);
        }
        for (int i = 1; i < bands.size() - 1; i++) {
            if (bands.get(i).upTo().compareTo(bands.get(i - 1).upTo()) <= 0) {
                throw new IllegalArgumentException("band bounds must rise: " + code);
            }
        }
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.BAND;
    }

    @Override
    public IndicatorLine score(String answer, LocalSettings settings) {
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            return IndicatorLine.notCounted(this, "", "未作答不计分", IndicatorLine.State.NOT_ANSWERED);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(given);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(code, "identification.answer.number", name, given);
        }
        if (number.signum() < 0) {
            throw InvalidInput.of(code, "identification.answer.number", name, given);
        }
        BigDecimal measured = number;
        String shown = Points.plain(number);
        if (basis == Basis.MULTIPLE_OF_DIBAO) {
            shown = "人均年收入" + Points.plain(number) + "元";
            if (settings.dibaoLine() == null) {
                return IndicatorLine.notCounted(this, shown, "须本地低保标准", IndicatorLine.State.SETTING_MISSING);
            }
            measured = number.divide(settings.dibaoLine(), 4, RoundingMode.HALF_UP);
            shown += "，为本地低保标准" + Points.plain(settings.dibaoLine()) + "元的" + Points.plain(measured) + "倍";
        }
        for (Band band : bands) {
            if (band.upTo() == null || measured.compareTo(band.upTo()) <= 0) {
                return band.points() == null
                        ? IndicatorLine.notCounted(this, shown, band.rule(), IndicatorLine.State.POINTS_NOT_SET)
                        : IndicatorLine.counted(this, shown, band.points(), band.rule());
            }
        }
        throw new IllegalStateException("the last band has no bound");
    }
}
