package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.documents.GradeOrder;
import com.aidloop.roster.documents.NoticeEntry;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public notice's lines: every award of the reader's scope (narrowed by the filter) turned
 * into its allow-listed {@link NoticeEntry} at once, special-channel students left out, then put
 * in the order a school posts them (school, grade, class, name). Only the entries leave this
 * class, so the notice page and workbook never see an award.
 */
@Component
class NoticeList {

    private final RosterSource source;

    NoticeList(RosterSource source) {
        this.source = source;
    }

    /** The notice's entries in posting order, how many awards it withholds, and the programme's name when narrowed to one. */
    record Notice(
            List<NoticeEntry> entries,
            long withheld,
            String programmeName,
            List<RosterPage.ProgrammeSection> programmes) {}

    private record Sortable(String schoolCode, NoticeEntry entry) {}

    private static final Comparator<Sortable> POSTING_ORDER = Comparator.comparing(Sortable::schoolCode)
            .thenComparing(s -> s.entry().grade(), GradeOrder.GRADES)
            .thenComparing(s -> nullToEmpty(s.entry().className()))
            .thenComparing(s -> nullToEmpty(s.entry().name()))
            .thenComparing(s -> nullToEmpty(s.entry().programme()));

    Notice read(Term term, DataScope scope, RosterFilter filter) {
        RowNames names = source.names(term, scope);
        try (AwardFeed feed = source.feed(term, scope, names)) {
            return collect(feed, filter, names);
        }
    }

    /** The notice of these awards, narrowed by the filter; the programme choices count the published awards of any programme. */
    static Notice collect(Iterator<AwardLine> awards, RosterFilter filter, RowNames names) {
        List<Sortable> entries = new ArrayList<>();
        long withheld = 0;
        ProgrammeSections sections = new ProgrammeSections();
        RosterFilter anyProgramme = filter.withProgramme(null);
        while (awards.hasNext()) {
            AwardLine award = awards.next();
            if (!anyProgramme.accepts(award)) {
                continue;
            }
            Optional<NoticeEntry> entry = NoticeEntry.of(award, names);
            entry.ifPresent(published -> sections.add(award, names));
            if (!filter.accepts(award)) {
                continue;
            }
            if (entry.isPresent()) {
                entries.add(new Sortable(nullToEmpty(award.schoolCode()), entry.get()));
            } else {
                withheld++;
            }
        }
        entries.sort(POSTING_ORDER);
        return new Notice(
                entries.stream().map(Sortable::entry).toList(),
                withheld,
                sections.name(filter.programmeCode()),
                sections.list());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
