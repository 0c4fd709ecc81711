package com.aidloop.shared;

/** The five levels of the administrative-division tree. */
public enum RegionLevel {
    PROVINCE(2, "省"),
    CITY(4, "市"),
    COUNTY(6, "县"),
    TOWNSHIP(9, "乡镇"),
    VILLAGE(12, "村");

    private final int codeLength;
    private final String label;

    RegionLevel(int codeLength, String label) {
        this.codeLength = codeLength;
        this.label = label;
    }

    public int codeLength() {
        return codeLength;
    }

    public String label() {
        return label;
    }

    public static RegionLevel ofCodeLength(int length) {
        for (RegionLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        throw new InvalidValue("region.code", length);
    }
}
