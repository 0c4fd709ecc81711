package com.aidloop.roster.summary;

import com.aidloop.shared.Text;

/**
 * The part of the summary a drill-down has reached: a division (户籍 township or village, or
 * any level above), a school, a programme and a stage; null means not narrowed.
 */
public record SummaryFilter(String region, Long schoolId, String programme, String stage) {

    public static final SummaryFilter NONE = new SummaryFilter(null, null, null, null);

    public SummaryFilter {
        region = blankToNull(Text.compact(region));
        programme = blankToNull(Text.normalize(programme));
        stage = blankToNull(Text.normalize(stage));
    }

    public boolean constrains(Dimension dimension) {
        return switch (dimension) {
            case REGION -> region != null;
            case SCHOOL -> schoolId != null;
            case PROGRAMME -> programme != null;
            case STAGE -> stage != null;
        };
    }

    /** This filter narrowed further to one value of a dimension. */
    public SummaryFilter with(Dimension dimension, String key) {
        return switch (dimension) {
            case REGION -> new SummaryFilter(key, schoolId, programme, stage);
            case SCHOOL -> new SummaryFilter(region, Long.valueOf(key), programme, stage);
            case PROGRAMME -> new SummaryFilter(region, schoolId, key, stage);
            case STAGE -> new SummaryFilter(region, schoolId, programme, key);
        };
    }

    public boolean isEmpty() {
        return region == null && schoolId == null && programme == null && stage == null;
    }

    boolean matches(SummaryCube.Cell cell) {
        return (region == null || inRegion(cell, region))
                && (schoolId == null || schoolId == cell.schoolId())
                && (programme == null || programme.equals(cell.programme()))
                && (stage == null || stage.equals(cell.stage()));
    }

    static boolean inRegion(SummaryCube.Cell cell, String code) {
        if (code.length() > cell.township().length()) {
            return code.equals(cell.village());
        }
        return cell.township().startsWith(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
