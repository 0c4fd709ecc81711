package com.aidloop.roster.summary;

import com.aidloop.award.AwardLine;
import com.aidloop.roster.Figures;
import com.aidloop.roster.documents.ProgrammeWords;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * A term's awards added up once, by household township and village, school, programme and stage
 * (the finest cells the county summary needs), so that every breakdown and drill-down is a quick
 * walk over a few thousand cells rather than another read of the awards.
 */
public final class SummaryCube {

    /** The key for awards without a village in the township breakdown. */
    public static final String NO_VILLAGE = "-";
    /** The key for awards whose household lies outside the divisions the summary starts from. */
    public static final String OUTSIDE = "+";

    private static final int[] LEVELS = {0, 2, 4, 6, 9, 12};
    private static final List<Dimension> AFTER_REGION = List.of(Dimension.SCHOOL, Dimension.PROGRAMME, Dimension.STAGE);

    /** The finest grain of the summary. */
    record Cell(String township, String village, long schoolId, String programme, String stage) {}

    private record SchoolLabel(String code, String name) {}

    private final String scopeRegion;
    private final Map<Cell, Tally> cells = new HashMap<>();
    private final Map<Long, SchoolLabel> schools = new HashMap<>();
    private final Map<String, String> programmes = new HashMap<>();
    private final Map<String, String> stageKeys = new HashMap<>();
    private Map<String, String> placeNames = Map.of();

    /** @param scopeRegion the division the reader's scope is bound to, or null (a school's staff) */
    public SummaryCube(String scopeRegion) {
        this.scopeRegion = scopeRegion;
    }

    public void add(AwardLine line) {
        String stage = stageKeys.computeIfAbsent(line.stage() == null ? "" : line.stage(), SummaryCube::stageKey);
        Cell cell = new Cell(
                line.householdTownshipCode(),
                line.householdVillageCode(),
                line.schoolId(),
                line.programmeCode(),
                stage);
        cells.computeIfAbsent(cell, c -> new Tally()).add(line.amount());
        schools.putIfAbsent(line.schoolId(), new SchoolLabel(line.schoolCode(), line.schoolName()));
        programmes.putIfAbsent(line.programmeCode(), line.programmeName());
    }

    /** Every division code the breakdowns may show: each township's county, city and province, and the villages. */
    public Set<String> regionCodes() {
        Set<String> codes = new TreeSet<>();
        for (Cell cell : cells.keySet()) {
            for (int length : new int[] {2, 4, 6, 9}) {
                if (cell.township().length() >= length) {
                    codes.add(cell.township().substring(0, length));
                }
            }
            if (cell.village() != null) {
                codes.add(cell.village());
            }
        }
        return codes;
    }

    /** Names the programmes as documents do (told apart by stage where names are shared), instead of as the awards were confirmed. */
    public void nameProgrammes(ProgrammeWords words) {
        programmes.replaceAll(words::name);
    }

    /** The names of the division codes, from the region module. */
    public void nameRegions(Map<String, String> names) {
        this.placeNames = Map.copyOf(names);
    }

    public Figures total() {
        return total(SummaryFilter.NONE);
    }

    public Figures total(SummaryFilter filter) {
        Tally tally = new Tally();
        cells.forEach((cell, figures) -> {
            if (filter.matches(cell)) {
                tally.add(figures);
            }
        });
        return tally.figures();
    }

    /** The figures of each school and programme, for the cross-check with the other documents. */
    public void forEachSchoolAndProgramme(BiConsumer<SchoolProgrammeKey, Figures> sink) {
        Map<SchoolProgrammeKey, Tally> sums = new HashMap<>();
        cells.forEach((cell, tally) -> sums.computeIfAbsent(
                        new SchoolProgrammeKey(cell.schoolId(), cell.programme()), k -> new Tally())
                .add(tally));
        sums.forEach((key, tally) -> sink.accept(key, tally.figures()));
    }

    /** A school and a programme, the unit in which the documents must agree. */
    public record SchoolProgrammeKey(long schoolId, String programmeCode) {}

    public String schoolName(long schoolId) {
        SchoolLabel label = schools.get(schoolId);
        return label == null ? String.valueOf(schoolId) : label.name();
    }

    public String programmeName(String code) {
        return programmes.getOrDefault(code, code);
    }

    /** The division the region breakdown starts from: the scope's, or the one all households share. */
    public String rootRegion() {
        if (scopeRegion != null) {
            return scopeRegion;
        }
        String common = null;
        for (Cell cell : cells.keySet()) {
            common = common == null ? cell.township() : commonPrefix(common, cell.township());
        }
        int length = common == null ? 0 : common.length();
        int level = 0;
        for (int candidate : LEVELS) {
            if (candidate <= length && candidate <= 9) {
                level = candidate;
            }
        }
        return common == null ? "" : common.substring(0, level);
    }

    /** The name of a division, a school, a programme or a stage as the breakdown shows it. */
    public String label(Dimension dimension, String key) {
        return switch (dimension) {
            case REGION -> regionLabel(key);
            case SCHOOL -> schoolName(Long.parseLong(key));
            case PROGRAMME -> programmeName(key);
            case STAGE -> stageLabel(key);
        };
    }

    /** The filter's awards broken down by one dimension, each row knowing where a click leads. */
    public List<SummaryRow> breakdown(SummaryFilter filter, Dimension by) {
        if (by == Dimension.REGION) {
            return byRegion(filter);
        }
        Map<String, Tally> groups = new HashMap<>();
        cells.forEach((cell, tally) -> {
            if (filter.matches(cell)) {
                groups.computeIfAbsent(keyOf(cell, by), k -> new Tally()).add(tally);
            }
        });
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((key, tally) -> {
            SummaryFilter drill = filter.with(by, key);
            Dimension next = drillBy(drill, by);
            rows.add(new SummaryRow(by, key, label(by, key), tally.figures(), next == null ? null : drill, next));
        });
        rows.sort(order(by));
        return rows;
    }

    private List<SummaryRow> byRegion(SummaryFilter filter) {
        String parent = filter.region() != null ? filter.region() : rootRegion();
        int childLength = childLength(parent.length());
        if (childLength < 0) {
            return List.of();
        }
        Map<String, Tally> groups = new LinkedHashMap<>();
        cells.forEach((cell, tally) -> {
            if (!filter.matches(cell)) {
                return;
            }
            String key;
            if (!cell.township().startsWith(parent)) {
                key = OUTSIDE;
            } else if (childLength > cell.township().length()) {
                key = cell.village() == null ? NO_VILLAGE : cell.village();
            } else {
                key = cell.township().substring(0, childLength);
            }
            groups.computeIfAbsent(key, k -> new Tally()).add(tally);
        });
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((key, tally) -> {
            boolean real = !key.equals(OUTSIDE) && !key.equals(NO_VILLAGE);
            SummaryFilter drill = real ? filter.with(Dimension.REGION, key) : null;
            Dimension next = real ? drillBy(drill, Dimension.REGION) : null;
            rows.add(new SummaryRow(
                    Dimension.REGION, key, regionLabel(key), tally.figures(), next == null ? null : drill, next));
        });
        rows.sort(order(Dimension.REGION));
        return rows;
    }

    /**
     * What to break a drilled filter down by after a click on a row of {@code clicked}: divisions
     * down to villages, then the school, programme and stage not yet chosen; null at the bottom.
     */
    public static Dimension drillBy(SummaryFilter drilled, Dimension clicked) {
        if (clicked == Dimension.REGION
                && drilled.region() != null
                && childLength(drilled.region().length()) > 0) {
            return Dimension.REGION;
        }
        return firstFree(drilled, AFTER_REGION);
    }

    private static Dimension firstFree(SummaryFilter filter, List<Dimension> order) {
        return order.stream().filter(d -> !filter.constrains(d)).findFirst().orElse(null);
    }

    private static String keyOf(Cell cell, Dimension by) {
        return switch (by) {
            case SCHOOL -> String.valueOf(cell.schoolId());
            case PROGRAMME -> cell.programme();
            case STAGE -> cell.stage();
            case REGION -> cell.township();
        };
    }

    private Comparator<SummaryRow> order(Dimension by) {
        return switch (by) {
            case REGION ->
                Comparator.comparing((SummaryRow r) ->
                                r.key().equals(OUTSIDE) || r.key().equals(NO_VILLAGE))
                        .thenComparing(SummaryRow::key);
            case SCHOOL ->
                Comparator.comparing(r -> schools.get(Long.parseLong(r.key())).code());
            case PROGRAMME -> Comparator.comparing(SummaryRow::key);
            case STAGE ->
                Comparator.comparing((SummaryRow r) -> stageOrder(r.key())).thenComparing(SummaryRow::key);
        };
    }

    private String regionLabel(String key) {
        return switch (key) {
            case OUTSIDE -> "辖区外户籍";
            case NO_VILLAGE -> "未填写村（社区）";
            case "" -> "全部地区";
            default -> placeNames.getOrDefault(key, key);
        };
    }

    /** The next division level: province 2, city 4, county 6, township 9, village 12; -1 below villages. */
    public static int childLength(int length) {
        for (int level : LEVELS) {
            if (level > length) {
                return level;
            }
        }
        return -1;
    }

    private static String commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }

    /** Stages are kept by their enum name when the award's text names one, else as written. */
    private static String stageKey(String raw) {
        try {
            return raw.isBlank() ? "" : Stage.parse(raw).name();
        } catch (InvalidValue unknown) {
            return raw;
        }
    }

    /** The Chinese label of a stage as an award writes it (PRIMARY, 小学, 高中 ...). */
    public static String stageLabelOf(String raw) {
        return stageLabel(stageKey(raw == null ? "" : raw));
    }

    public static String stageLabel(String key) {
        try {
            return key.isBlank() ? "未填写学段" : Stage.valueOf(key).label();
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }

    private static int stageOrder(String key) {
        try {
            return Stage.valueOf(key).ordinal();
        } catch (IllegalArgumentException unknown) {
            return Stage.values().length;
        }
    }
}
