package com.aidloop.shared;

/**
 * A statistical division code (统计用区划代码) at one of five levels: province (2 digits),
 * city (4), county (6), township (9), village (12). Stored without trailing zeros.
 */
public record RegionCode(String value) {

    public RegionCode {
        value = Text.compact(value);
        if (!value.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            throw new InvalidValue("region.code", value);
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
