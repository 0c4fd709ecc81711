package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.shared.Text;

/**
 * Which part of a term's awards a roster covers, inside the reader's scope: one programme, one
 * school, or both; null means all.
 */
public record RosterFilter(String programmeCode, Long schoolId) {

    public static final RosterFilter ALL = new RosterFilter(null, null);

    public RosterFilter {
        programmeCode = Text.normalize(programmeCode).isEmpty() ? null : Text.normalize(programmeCode);
    }

    public RosterFilter withProgramme(String code) {
        return new RosterFilter(code, schoolId);
    }

    public boolean accepts(AwardLine line) {
        return (programmeCode == null || programmeCode.equals(line.programmeCode()))
                && (schoolId == null || schoolId == line.schoolId());
    }
}
