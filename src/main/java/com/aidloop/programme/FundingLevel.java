package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/**
 * Who sets and mainly funds a programme (资金层级). National programmes are often shared between
 * the centre and the provinces; the shares per province come later with the funding sources.
 */
public enum FundingLevel {
    NATIONAL("国家"),
    PROVINCIAL("省级"),
    LOCAL("市县"),
    SOCIAL("社会");

    private final String label;

    FundingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a level by its name or its Chinese label. */
    public static FundingLevel parse(String raw) {
        String wanted = Text.normalize(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("programme.funding.required");
        }
        for (FundingLevel level : values()) {
            if (level.name().equalsIgnoreCase(wanted) || level.label.equals(wanted)) {
                return level;
            }
        }
        throw new InvalidValue("programme.funding.unknown", wanted);
    }
}
