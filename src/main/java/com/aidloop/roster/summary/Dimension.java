package com.aidloop.roster.summary;

/** What the summary breaks a total down by. */
public enum Dimension {
    /** 按区域: the next division level below the current one, down to villages (户籍). */
    REGION("按区域", "区域"),
    SCHOOL("按学校", "学校"),
    PROGRAMME("按资助项目", "资助项目"),
    STAGE("按学段", "学段");

    private final String label;
    private final String columnLabel;

    Dimension(String label, String columnLabel) {
        this.label = label;
        this.columnLabel = columnLabel;
    }

    public String label() {
        return label;
    }

    public String columnLabel() {
        return columnLabel;
    }

    public String urlKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads a dimension as URLs write it ("region", "school", ...); null for anything else. */
    public static Dimension fromParam(String raw) {
        for (Dimension d : values()) {
            if (d.urlKey().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return d;
            }
        }
        return null;
    }
}
