package com.aidloop.award.running;

import com.aidloop.award.ApprovedSpecialChannels;
import com.aidloop.award.domain.CheckedRow;
import com.aidloop.award.domain.SpecialChannelPolicy;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.shared.Term;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The special channel rows of a chunk against the county's approvals for the roster's school
 * year: one look-up per chunk, then {@link SpecialChannelPolicy} per row. A student the registry
 * does not know yet (or the uploader may not see) cannot be approved.
 */
final class SpecialChannelCheck {

    private final ApprovedSpecialChannels approvals;
    private final int schoolYear;

    SpecialChannelCheck(ApprovedSpecialChannels approvals, Term term) {
        this.approvals = approvals;
        this.schoolYear = term.schoolYearTerms().getFirst().year();
    }

    /** The approved students among the chunk's rows marked 特别通道. */
    Set<Long> approvedIn(List<PreparedRow> chunk, ImportMatches matches) {
        Set<Long> students = new HashSet<>();
        for (PreparedRow prepared : chunk) {
            if (prepared.row().specialChannel() && prepared.idIndex() != null) {
                KnownStudent known = matches.byIdNumber().get(prepared.row().idNumber());
                if (known != null && known.visible()) {
                    students.add(known.studentId());
                }
            }
        }
        return students.isEmpty() ? Set.of() : approvals.approvedAmong(students, schoolYear);
    }

    static void apply(CheckedRow row, KnownStudent known, Set<Long> approved) {
        SpecialChannelPolicy.apply(row, known != null && known.visible() && approved.contains(known.studentId()));
    }
}
