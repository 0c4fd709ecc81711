package com.aidloop.shared;

/**
 * A statistical division code (统计用区划代码) at one of five levels: province (2 digits),
 * city (4), county (6), township (9), village (12). Codes are kept exactly as written: real codes
 * end in zeros (441900 县级东莞市, 350527000 and 350527000000 金门县), so trailing zeros are
 * never read as padding here.
 */
public record RegionCode(String value) {

    public RegionCode {
        String raw = Text.compact(value);
        if (!shaped(raw)) {
            throw new InvalidValue("region.code", raw);
        }
        value = raw;
        if (value.startsWith("00")) {
            throw new InvalidValue("region.code", raw);
        }
    }

    /** 2, 4, 6, 9 or 12 ASCII digits. */
    private static boolean shaped(String code) {
        int length = code.length();
        if (length != 2 && length != 4 && length != 6 && length != 9 && length != 12) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
