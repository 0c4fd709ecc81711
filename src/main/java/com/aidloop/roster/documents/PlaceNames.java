package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.region.RegionManagement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the townships and villages a document prints, learnt a batch of awards at a time
 * (one query for the codes not seen before), so that a county's roster asks the region module a
 * few dozen times, not once per row. Learnt on the reading thread, read from any (the
 * per-programme rosters are written side by side).
 */
public final class PlaceNames {

    private final RegionManagement regions;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> asked = new HashSet<>();

    public PlaceNames(RegionManagement regions) {
        this.regions = regions;
    }

    /** Looks up, in one query, the household divisions of these awards not looked up before. */
    public void learn(List<AwardLine> batch) {
        Set<String> unknown = new HashSet<>();
        for (AwardLine line : batch) {
            want(line.householdTownshipCode(), unknown);
            want(line.householdVillageCode(), unknown);
        }
        if (!unknown.isEmpty()) {
            names.putAll(regions.namesOf(unknown));
            asked.addAll(unknown);
        }
    }

    /** The division's name, or its code when the loaded codes do not know it; "" for none. */
    public String of(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private void want(String code, Set<String> unknown) {
        if (code != null && !asked.contains(code)) {
            unknown.add(code);
        }
    }
}
