package com.aidloop.identification.domain;

/** The kinds of indicator, named as the workbook's 类型 column writes them. */
public enum IndicatorKind {
    CHOICE("选项"),
    BAND("区间"),
    YES_NO("是否"),
    COUNT("计数");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of a label, or null when none has it. */
    public static IndicatorKind ofLabel(String text) {
        for (IndicatorKind kind : values()) {
            if (kind.label.equals(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        return null;
    }
}
