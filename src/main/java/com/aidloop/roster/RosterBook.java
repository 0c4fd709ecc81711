package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.NoticeEntry;
import com.aidloop.roster.documents.RosterLayouts;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The rosters as paged tables for the staff pages: the review roster, the per-programme roster
 * (one section per programme) and the public notice, each exactly as its workbook prints it.
 * A page reads the reader's awards of the term once and keeps only the rows it shows.
 */
@Service
public class RosterBook {

    private final RosterSource source;
    private final NoticeList notices;

    RosterBook(RosterSource source, NoticeList notices) {
        this.source = source;
        this.notices = notices;
    }

    public RosterPage page(DocumentKind kind, Term term, DataScope scope, RosterFilter filter, Paging paging) {
        Optional<SchoolView> school = source.school(filter, scope);
        Issuer issuer = source.issuer(scope, school);
        return switch (kind) {
            case REVIEW -> review(term, scope, filter, paging, issuer);
            case PER_PROGRAMME -> perProgramme(term, scope, filter, paging, issuer);
            case PUBLIC_NOTICE -> notice(term, scope, filter, paging, issuer);
            default -> throw new IllegalArgumentException(kind + " is not a roster");
        };
    }

    private RosterPage review(Term term, DataScope scope, RosterFilter filter, Paging paging, Issuer issuer) {
        RowNames places = source.names(term, scope);
        Window window = new Window(paging);
        ProgrammeSections sections = new ProgrammeSections();
        RosterFilter anyProgramme = filter.withProgramme(null);
        try (AwardFeed feed = source.feed(term, scope, places)) {
            while (feed.hasNext()) {
                AwardLine line = feed.next();
                if (anyProgramme.accepts(line)) {
                    sections.add(line, places);
                    if (filter.accepts(line)) {
                        window.offer(() -> RosterLayouts.review(line, places));
                    }
                }
            }
        }
        String title = issuer.title(DocumentKind.REVIEW, term, sections.name(filter.programmeCode()));
        return new RosterPage(
                DocumentKind.REVIEW,
                title,
                RosterLayouts.REVIEW,
                window.page(),
                sections.list(),
                filter.programmeCode(),
                0);
    }

    /** One window of rows per programme while reading, so that the first programme can be shown when none is chosen. */
    private RosterPage perProgramme(Term term, DataScope scope, RosterFilter filter, Paging paging, Issuer issuer) {
        RowNames places = source.names(term, scope);
        Map<String, Window> windows = new TreeMap<>();
        ProgrammeSections sections = new ProgrammeSections();
        RosterFilter anyProgramme = filter.withProgramme(null);
        try (AwardFeed feed = source.feed(term, scope, places)) {
            while (feed.hasNext()) {
                AwardLine line = feed.next();
                if (!anyProgramme.accepts(line)) {
                    continue;
                }
                sections.add(line, places);
                if (filter.programmeCode() == null || filter.programmeCode().equals(line.programmeCode())) {
                    windows.computeIfAbsent(line.programmeCode(), k -> new Window(paging))
                            .offer(() -> RosterLayouts.perProgramme(line, places));
                }
            }
        }
        List<RosterPage.ProgrammeSection> list = sections.list();
        String shown = filter.programmeCode() != null
                ? filter.programmeCode()
                : list.isEmpty() ? null : list.getFirst().code();
        Window window = shown == null ? new Window(paging) : windows.getOrDefault(shown, new Window(paging));
        String title = issuer.title(DocumentKind.PER_PROGRAMME, term, sections.name(shown));
        return new RosterPage(
                DocumentKind.PER_PROGRAMME, title, RosterLayouts.PER_PROGRAMME, window.page(), list, shown, 0);
    }

    private RosterPage notice(Term term, DataScope scope, RosterFilter filter, Paging paging, Issuer issuer) {
        NoticeList.Notice notice = notices.read(term, scope, filter);
        Window window = new Window(paging);
        notice.entries().forEach(entry -> window.offer(entry::cells));
        String title = issuer.title(DocumentKind.PUBLIC_NOTICE, term, notice.programmeName());
        return new RosterPage(
                DocumentKind.PUBLIC_NOTICE,
                title,
                NoticeEntry.COLUMNS,
                window.page(),
                notice.programmes(),
                filter.programmeCode(),
                notice.withheld());
    }

    /** Counts every row offered and keeps, as display text, only those of the page asked for. */
    private static final class Window {

        private final Paging paging;
        private final List<List<String>> rows = new ArrayList<>();
        private long seen;

        Window(Paging paging) {
            this.paging = paging;
        }

        void offer(java.util.function.Supplier<List<Object>> values) {
            if (seen >= paging.offset() && rows.size() < paging.size()) {
                rows.add(values.get().stream().map(Window::display).toList());
            }
            seen++;
        }

        Paged<List<String>> page() {
            return Paged.of(rows, seen, paging);
        }

        private static String display(Object value) {
            if (value instanceof Money money) {
                return money.display();
            }
            return value == null ? "" : value.toString();
        }
    }
}
