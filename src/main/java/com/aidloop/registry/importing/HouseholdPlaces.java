package com.aidloop.registry.importing;

import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads 户口所在地 as the registration system writes it, a place name from the province down
 * ("湖南省岳阳市平江县三市镇石板村" or "平江县三市镇…") or a 9- or 12-digit division code, and finds
 * its township and, where the county's villages are loaded, its village. A name that starts below
 * the county ("三市镇石板村五组") is looked for in the county of the student's school. Each
 * division's children are asked once per import.
 */
final class HouseholdPlaces {

    /** The township and village (or null) of a household, or why none was found. */
    record Place(String township, String village) {}

    private static final Set<String> GROUPING = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static final String[][] SHORT_FORMS = {
        {"社区居民委员会", "社区居委会", "社区"}, {"村民委员会", "村委会", "村"}, {"居民委员会", "居委会", "社区"}
    };

    private final RegionManagement regions;
    private final Map<String, List<Region>> children = new HashMap<>();
    private final Map<String, Place> resolved = new HashMap<>();

    HouseholdPlaces(RegionManagement regions) {
        this.regions = regions;
    }

    /** The place, or null when no township of the tree could be read from the text. */
    Place resolve(String raw, String schoolCounty) {
        String text = Text.compact(raw);
        return resolved.computeIfAbsent(text + "|" + schoolCounty, key -> find(text, schoolCounty));
    }

    private Place find(String text, String schoolCounty) {
        if (text.matches("\\d{9}") || text.matches("\\d{12}")) {
            String township = text.substring(0, 9);
            String village = text.length() == 12 && !text.endsWith("000") ? text : null;
            boolean known = regions.find(township)
                            .filter(r -> r.code().equals(township))
                            .isPresent()
                    && (village == null
                            || regions.find(village)
                                    .filter(r -> r.code().equals(village))
                                    .isPresent()
                            || regions.children(township).isEmpty());
            return known ? new Place(township, village) : null;
        }
        Walk walk = descend(null, text, RegionLevel.TOWNSHIP);
        if (walk.region == null || walk.region.level() != RegionLevel.TOWNSHIP) {
            if (schoolCounty == null
                    || (walk.region != null && walk.region.level().codeLength() >= 6)) {
                return null;
            }
            walk = descend(schoolCounty, text, RegionLevel.TOWNSHIP);
            if (walk.region == null || walk.region.level() != RegionLevel.TOWNSHIP) {
                return null;
            }
        }
        Walk village = descend(walk.region.code(), walk.rest, RegionLevel.VILLAGE);
        return new Place(walk.region.code(), village.region == null ? null : village.region.code());
    }

    private record Walk(Region region, String rest) {}

    /** Follows the longest child name that starts the text, level by level, down to {@code deepest}. */
    private Walk descend(String from, String text, RegionLevel deepest) {
        Region at = null;
        String parent = from;
        String rest = text;
        while (at == null || at.level().codeLength() < deepest.codeLength()) {
            Region next = null;
            int taken = 0;
            for (Region child : childrenOf(parent)) {
                for (String name : namesOf(child)) {
                    if (rest.startsWith(name) && name.length() > taken) {
                        next = child;
                        taken = name.length();
                    }
                }
            }
            if (next == null) {
                break;
            }
            at = next;
            parent = next.code();
            rest = rest.substring(taken);
        }
        return new Walk(at, rest);
    }

    /** The official name and the short forms people write: 托田村民委员会 is 托田村, 三眼桥居民委员会 三眼桥社区. */
    private static List<String> namesOf(Region region) {
        String name = region.name();
        for (String[] suffix : SHORT_FORMS) {
            if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
                String stem = name.substring(0, name.length() - suffix[0].length());
                List<String> names = new ArrayList<>(List.of(name));
                for (int i = 1; i < suffix.length; i++) {
                    names.add(stem + suffix[i]);
                }
                return names;
            }
        }
        return List.of(name);
    }

    /** A division's children, those of a grouping level (市辖区) taken up into it. */
    private List<Region> childrenOf(String parent) {
        return children.computeIfAbsent(parent == null ? "" : parent, key -> {
            List<Region> direct = regions.children(parent);
            List<Region> all = new ArrayList<>(direct);
            for (Region child : direct) {
                if (GROUPING.contains(child.name())) {
                    all.addAll(regions.children(child.code()));
                }
            }
            return all;
        });
    }
}
