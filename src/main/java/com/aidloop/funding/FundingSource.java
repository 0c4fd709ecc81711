package com.aidloop.funding;

import com.aidloop.programme.FundingShares;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A level that pays part of a programme's money (资金来源), in the order forms list them. The
 * first six match the percentages of {@link FundingShares}; {@link #UNASSIGNED} holds money of a
 * programme for whose term no shares are recorded, so that no yuan drops out of a report.
 */
public enum FundingSource {
    CENTRAL("中央", "central"),
    PROVINCIAL("省级", "provincial"),
    CITY("市级", "city"),
    COUNTY("县级", "county"),
    SCHOOL("学校", "school"),
    SOCIAL("社会", "social"),
    UNASSIGNED("未设分担", null);

    /** The sources money can be allocated from (资金下达的层级). */
    public static final List<FundingSource> ALLOCATABLE = List.of(CENTRAL, PROVINCIAL, CITY, COUNTY, SCHOOL, SOCIAL);

    private final String label;
    private final String shareField;

    FundingSource(String label, String shareField) {
        this.label = label;
        this.shareField = shareField;
    }

    public String label() {
        return label;
    }

    /** Reads a source by its name (CENTRAL) or label (中央, 中央财政 …); only allocatable ones. */
    public static FundingSource parse(String raw) {
        String typed = Text.normalize(raw).strip();
        if (typed.isEmpty()) {
            throw new InvalidValue("funding.source.required");
        }
        for (FundingSource source : ALLOCATABLE) {
            String bare = source.label.replace("级", "");
            if (source.name().equalsIgnoreCase(typed) || typed.equals(source.label) || typed.startsWith(bare)) {
                return source;
            }
        }
        throw new InvalidValue("funding.source.unknown", typed);
    }

    /** The percentages of recorded shares by source; empty when none are recorded. */
    public static Map<FundingSource, BigDecimal> percentages(FundingShares shares) {
        Map<FundingSource, BigDecimal> percent = new EnumMap<>(FundingSource.class);
        if (shares != null) {
            for (FundingSource source : ALLOCATABLE) {
                percent.put(source, shares.share(source.shareField));
            }
        }
        return percent;
    }
}
