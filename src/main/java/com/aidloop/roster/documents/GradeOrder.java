package com.aidloop.roster.documents;

import java.util.Comparator;

/**
 * Orders grades the way a school lists them: 小班 中班 大班, 一年级 … 九年级, 高一 高二 高三,
 * 中职一年级 …, by the number in the name (Chinese or Arabic) before the name itself. Text order
 * would put 三年级 before 二年级.
 */
public final class GradeOrder {

    public static final Comparator<String> GRADES =
            Comparator.comparingInt(GradeOrder::rank).thenComparing(g -> g == null ? "" : g);

    private static final String NUMERALS = "一二三四五六七八九十";

    private GradeOrder() {}

    static int rank(String grade) {
        if (grade == null || grade.isBlank()) {
            return Integer.MAX_VALUE;
        }
        if (grade.startsWith("小班")) {
            return -3;
        }
        if (grade.startsWith("中班")) {
            return -2;
        }
        if (grade.startsWith("大班")) {
            return -1;
        }
        int base = grade.startsWith("高") ? 9 : grade.startsWith("初") ? 6 : grade.startsWith("中职") ? 100 : 0;
        for (int i = 0; i < grade.length(); i++) {
            char c = grade.charAt(i);
            int numeral = NUMERALS.indexOf(c);
            if (numeral >= 0) {
                return base + numeral + 1;
            }
            if (c >= '0' && c <= '9') {
                return base + (c - '0');
            }
        }
        return 1_000;
    }
}
