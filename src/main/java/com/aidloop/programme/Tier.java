package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * A tier (档次) of a programme: a stable ASCII code and the label shown and typed in rosters.
 * Numbered tiers are {@code TIER_1}, {@code TIER_2} … labelled 一档, 二档 …; a programme with one
 * amount has the tier {@code STANDARD} (标准); the living subsidy has 寄宿生 and 非寄宿生. Two tiers
 * are the same tier when their codes are equal: a later standard may relabel it.
 */
public record Tier(String code, String label) {

    public static final Tier STANDARD = new Tier("STANDARD", "标准");
    public static final Tier BOARDER = new Tier("BOARDER", "寄宿生");
    public static final Tier NON_BOARDER = new Tier("NON_BOARDER", "非寄宿生");

    private static final String NUMERALS = "一二三四五六七八九十";
    public static final int LABEL_MAX = 20;

    public Tier {
        code = Text.compact(code).toUpperCase(Locale.ROOT);
        label = Text.normalize(label);
        if (!code.matches("[A-Z][A-Z0-9_]{0,29}")) {
            throw new InvalidValue("programme.tier.code", code);
        }
        if (label.isEmpty()) {
            throw new InvalidValue("programme.tier.label.required");
        }
        if (label.length() > LABEL_MAX) {
            throw new InvalidValue("programme.tier.label.length", LABEL_MAX);
        }
    }

    /** The n-th numbered tier, e.g. {@code numbered(2)} is 二档. */
    public static Tier numbered(int n) {
        if (n < 1 || n > NUMERALS.length()) {
            throw new InvalidValue("programme.tier.number", n);
        }
        return new Tier("TIER_" + n, NUMERALS.charAt(n - 1) + "档");
    }

    /** A known tier by its code, with its usual label; other codes need a label. */
    public static Tier known(String code) {
        String c = Text.compact(code).toUpperCase(Locale.ROOT);
        if (c.matches("TIER_([1-9]|10)")) {
            return numbered(Integer.parseInt(c.substring(5)));
        }
        return switch (c) {
            case "STANDARD" -> STANDARD;
            case "BOARDER" -> BOARDER;
            case "NON_BOARDER" -> NON_BOARDER;
            default -> throw new InvalidValue("programme.tier.label.required");
        };
    }

    /** 1 for {@code TIER_1} …, 0 for tiers without a number. */
    public int number() {
        return code.matches("TIER_\\d+") ? Integer.parseInt(code.substring(5)) : 0;
    }

    /** Order of tiers on pages: 标准, numbered tiers, 寄宿生, 非寄宿生, then others by code. */
    public String sortKey() {
        if (code.equals("STANDARD")) {
            return "0";
        }
        if (number() > 0) {
            return "1" + String.format("%03d", number());
        }
        return switch (code) {
            case "BOARDER" -> "2";
            case "NON_BOARDER" -> "3";
            default -> "4" + code;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tier t && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
