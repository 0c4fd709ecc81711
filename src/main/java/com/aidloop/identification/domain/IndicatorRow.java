package com.aidloop.identification.domain;

import java.math.BigDecimal;

/**
 * One row of a model's indicator table, as the workbook's 指标 sheet and the store keep it: a
 * choice per row for choice indicators, a band per row for band indicators, one row for a yes/no
 * or a count. Consecutive rows with the same code make one indicator.
 *
 * @param rowNumber the row as the workbook shows it, or the stored position
 * @param basis what a band measures; null for other kinds
 * @param answer a choice's label, "是" for a yes/no, blank otherwise
 * @param upTo a band's inclusive upper bound, null for the last band
 * @param points the points, for a count per item; null when the source does not give them
 * @param cap a count's cap, null for none
 */
public record IndicatorRow(
        int rowNumber,
        String code,
        String name,
        IndicatorKind kind,
        String group,
        BandIndicator.Basis basis,
        String answer,
        BigDecimal upTo,
        BigDecimal points,
        BigDecimal cap,
        String rule) {

    public IndicatorRow withPoints(BigDecimal newPoints) {
        return new IndicatorRow(rowNumber, code, name, kind, group, basis, answer, upTo, newPoints, cap, rule);
    }

    /** Whether this row describes the same indicator as the other (code, name, kind, group, basis). */
    boolean sameIndicatorAs(IndicatorRow other) {
        return code.equals(other.code)
                && name.equals(other.name)
                && kind == other.kind
                && group.equals(other.group)
                && basis == other.basis;
    }
}
