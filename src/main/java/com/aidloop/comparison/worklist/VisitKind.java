package com.aidloop.comparison.worklist;

/** How a family was visited (家访): on site, by phone, by video. */
public enum VisitKind {
    ON_SITE("实地"),
    PHONE("电话"),
    VIDEO("视频");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static VisitKind parse(String raw) {
        for (VisitKind v : values()) {
            if (v.name().equals(raw) || v.label.equals(raw)) {
                return v;
            }
        }
        return null;
    }
}
