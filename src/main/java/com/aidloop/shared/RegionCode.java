package com.aidloop.shared;

/**
 * A statistical division code (统计用区划代码) at one of five levels: province (2 digits),
 * city (4), county (6), township (9), village (12). Stored without trailing zeros, so the
 * padded forms people also write mean the same division: 430000 and 430000000000 are the
 * province 43, 430600 the city 4306, 430626000000 the county 430626.
 */
public record RegionCode(String value) {

    private static final int[] PARENT_LENGTHS = {9, 6, 4, 2};

    public RegionCode {
        String raw = Text.compact(value);
        if (!raw.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            throw new InvalidValue("region.code", raw);
        }
        value = withoutTrailingZeros(raw);
        if (value.equals("00")) {
            throw new InvalidValue("region.code", raw);
        }
    }

    private static String withoutTrailingZeros(String code) {
        String s = code;
        for (int parent : PARENT_LENGTHS) {
            if (s.length() > parent && s.substring(parent).chars().allMatch(c -> c == '0')) {
                s = s.substring(0, parent);
            }
        }
        return s;
    }

    public RegionLevel level() {
        return RegionLevel.ofCodeLength(value.length());
    }

    /** The code of the division one level up, or null for a province. */
    public RegionCode parent() {
        return switch (level()) {
            case PROVINCE -> null;
            case CITY -> new RegionCode(value.substring(0, 2));
            case COUNTY -> new RegionCode(value.substring(0, 4));
            case TOWNSHIP -> new RegionCode(value.substring(0, 6));
            case VILLAGE -> new RegionCode(value.substring(0, 9));
        };
    }

    /** Whether {@code other} is this division or lies inside it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
