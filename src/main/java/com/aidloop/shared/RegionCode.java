package com.aidloop.shared;

import java.util.regex.Pattern;

/**
 * A statistical division code (统计用区划代码) at one of five levels: province (2 digits),
 * city (4), county (6), township (9), village (12). Codes are kept exactly as written: real codes
 * end in zeros (441900 县级东莞市, 350527000 and 350527000000 金门县), so trailing zeros are
 * never read as padding here.
 */
public record RegionCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

    public RegionCode {
        String raw = Text.compact(value);
        if (!SHAPE.matcher(raw).matches()) {
            throw new InvalidValue("region.code", raw);
        }
        value = raw;
        if (value.startsWith("00")) {
            throw new InvalidValue("region.code", raw);
        }
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
