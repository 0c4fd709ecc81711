package com.aidloop.award.domain;

import com.aidloop.award.Rosters;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogues;
import com.aidloop.shared.Term;

/** Checked rows for the rules that come after the row checks. */
final class RowFixtures {

    static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);

    private RowFixtures() {}

    static CheckedRow checked(int rowNumber, Rosters.Line line) {
        String[] cells = new String[RosterColumn.values().length];
        for (RosterColumn c : RosterColumn.values()) {
            cells[c.ordinal()] = line.get(c);
        }
        return new RowChecks(
                        AUTUMN_2026,
                        DataScope.region("430626"),
                        new FakeLookups(),
                        Catalogues.catalogue(AUTUMN_2026.code()))
                .check(RosterRow.of(rowNumber, cells));
    }
}
