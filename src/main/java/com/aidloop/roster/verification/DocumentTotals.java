package com.aidloop.roster.verification;

import com.aidloop.roster.Figures;
import com.aidloop.roster.summary.Tally;
import com.aidloop.shared.Money;
import java.util.HashMap;
import java.util.Map;

/**
 * What one document says each school's programme adds up to, counted from that document's own
 * rows, plus the names to report with.
 */
public final class DocumentTotals {

    /** A school and a programme: the unit in which the documents must agree. */
    public record Key(long schoolId, String programmeCode) {}

    private final String document;
    private final Map<Key, Tally> totals = new HashMap<>();
    private final Map<Long, String> schoolNames = new HashMap<>();
    private final Map<String, String> programmeNames = new HashMap<>();

    /** @param document the document's name for messages, e.g. 花名册 */
    public DocumentTotals(String document) {
        this.document = document;
    }

    public String document() {
        return document;
    }

    public void add(long schoolId, String schoolName, String programmeCode, String programmeName, Money amount) {
        totals.computeIfAbsent(new Key(schoolId, programmeCode), k -> new Tally())
                .add(amount);
        name(schoolId, schoolName, programmeCode, programmeName);
    }

    public void add(long schoolId, String schoolName, String programmeCode, String programmeName, Figures figures) {
        totals.computeIfAbsent(new Key(schoolId, programmeCode), k -> new Tally())
                .add(figures);
        name(schoolId, schoolName, programmeCode, programmeName);
    }

    public Figures of(Key key) {
        Tally tally = totals.get(key);
        return tally == null ? Figures.NONE : tally.figures();
    }

    public Map<Key, Figures> all() {
        Map<Key, Figures> all = new HashMap<>();
        totals.forEach((key, tally) -> all.put(key, tally.figures()));
        return all;
    }

    public String schoolName(long schoolId) {
        return schoolNames.getOrDefault(schoolId, String.valueOf(schoolId));
    }

    public String programmeName(String code) {
        return programmeNames.getOrDefault(code, code);
    }

    public boolean knowsSchool(long schoolId) {
        return schoolNames.containsKey(schoolId);
    }

    public boolean knowsProgramme(String code) {
        return programmeNames.containsKey(code);
    }

    private void name(long schoolId, String schoolName, String programmeCode, String programmeName) {
        schoolNames.putIfAbsent(schoolId, schoolName);
        programmeNames.putIfAbsent(programmeCode, programmeName);
    }
}
