package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.summary.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts a roster's awards by programme while it is read: the sections of the per-programme roster and the programme choices of the others. */
final class ProgrammeSections {

    private final Map<String, Tally> tallies = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();

    void add(AwardLine award, RowNames words) {
        tallies.computeIfAbsent(award.programmeCode(), k -> new Tally()).add(award.amount());
        names.computeIfAbsent(award.programmeCode(), code -> words.programme(award));
    }

    /** The programme's name, or null when none is asked for; its code when no award names it. */
    String name(String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }

    List<RosterPage.ProgrammeSection> list() {
        List<RosterPage.ProgrammeSection> sections = new ArrayList<>();
        tallies.forEach(
                (code, tally) -> sections.add(new RosterPage.ProgrammeSection(code, names.get(code), tally.figures())));
        return sections;
    }
}
