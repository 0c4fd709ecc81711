package com.aidloop.identification.domain;

import java.math.BigDecimal;

/** How points are written in rules and explanations: "10分", "-2分", "6.3分"; unset points say so. */
public final class Points {

    private Points() {}

    public static String words(BigDecimal points) {
        return points == null ? "未载明" : plain(points) + "分";
    }

    /** The number as a person types it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Points, caps and bounds have at most two decimals (the university weighted table uses one: 6.3). */
    static BigDecimal checked(BigDecimal value, String what) {
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + value);
        }
        return value;
    }
}
