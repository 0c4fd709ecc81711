package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.region.RegionManagement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a roster row prints for the codes an award carries: the names of its household
 * township and village, and its programme and tier as the catalogue names them. Division names
 * are learnt a batch of awards at a time (one query for the codes not seen before), so a county's
 * roster asks the region module a few dozen times, not once per row. Learnt on the reading
 * thread, read from any (the per-programme rosters are written side by side).
 */
public final class RowNames {

    private final RegionManagement regions;
    private final ProgrammeWords programmes;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> asked = new HashSet<>();

    public RowNames(RegionManagement regions, ProgrammeWords programmes) {
        this.regions = regions;
        this.programmes = programmes;
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
    public String place(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    /** How the award's programme pays in the term (card, school or in kind). */
    public PaymentChannel channel(AwardLine a) {
        return programmes.channel(a.programmeCode());
    }

    /** The award's programme as the roster names it, told apart from programmes of the same name. */
    public String programme(AwardLine award) {
        return programmes.name(award.programmeCode(), award.programmeName());
    }

    /** The award's tier by its label (寄宿生, 一档), whether the award holds the tier's code or label. */
    public String tier(AwardLine award) {
        return programmes.tier(award.programmeCode(), award.tier());
    }

    public ProgrammeWords programmes() {
        return programmes;
    }

    private void want(String code, Set<String> unknown) {
        if (code != null && !asked.contains(code)) {
            unknown.add(code);
        }
    }
}
