package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.NoticeEntry;
import com.aidloop.roster.documents.RosterLayouts;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.reading.AwardLanes;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * The rosters as workbooks in the official layout ({@link OfficialRosterWriter}): streamed from
 * the reader's awards straight into SXSSF, so a county's 100,000 rows need little memory. Every
 * download is audited.
 */
@Service
public class RosterExports {

    private final RosterSource source;
    private final NoticeList notices;
    private final ExportAudit audit;
    private final ProgrammeRosters programmes;
    private final ChinaTime time;

    RosterExports(
            RosterSource source, NoticeList notices, ExportAudit audit, ProgrammeRosters programmes, ChinaTime time) {
        this.time = time;
        this.source = source;
        this.notices = notices;
        this.audit = audit;
        this.programmes = programmes;
    }

    /**
     * The file name a download offers, e.g. 平江县2026年秋季学期学生资助评议花名册 or, for one
     * programme, 平江县2026年秋季学期国家助学金（中职）发放花名册: the programme by its name, never its code.
     */
    public String fileName(DocumentKind kind, Term term, DataScope scope, RosterFilter filter) {
        Optional<SchoolView> school = source.school(filter, scope);
        String programme = filter.programmeCode() == null
                ? null
                : source.names(term, scope).programmes().name(filter.programmeCode(), filter.programmeCode());
        return source.issuer(scope, school).title(kind, term, programme);
    }

    /**
     * Writes one roster; the per-programme roster needs a programme (use {@link #writeEveryProgramme}
     * for all of them).
     */
    public RosterSummary write(DocumentKind kind, Term term, DataScope scope, RosterFilter filter, OutputStream out) {
        Optional<SchoolView> school = source.school(filter, scope);
        Issuer issuer = source.issuer(scope, school).signed(source.signatures(term, scope, filter));
        if (kind == DocumentKind.PER_PROGRAMME && filter.programmeCode() == null) {
            throw InvalidInput.of("programme", "roster.programme.required");
        }
        audit.exported(
                kind,
                term,
                scope,
                source.issuer(scope, Optional.empty()).name(),
                filter.programmeCode(),
                school.map(SchoolView::name).orElse(null));
        return switch (kind) {
            case REVIEW ->
                streamed(kind, term, scope, filter, issuer, out, RosterLayouts.REVIEW, RosterLayouts::review);
            case PER_PROGRAMME ->
                streamed(
                        kind,
                        term,
                        scope,
                        filter,
                        issuer,
                        out,
                        RosterLayouts.PER_PROGRAMME,
                        RosterLayouts::perProgramme);
            case PUBLIC_NOTICE -> notice(term, scope, filter, issuer, out);
            default -> throw new IllegalArgumentException(kind + " is not a roster");
        };
    }

    /**
     * Every programme's roster, one workbook each, in a zip archive; audited once. One read of the
     * awards feeds all the workbooks, written side by side into temporary files.
     */
    public void writeEveryProgramme(Term term, DataScope scope, RosterFilter filter, OutputStream out) {
        Optional<SchoolView> school = source.school(filter, scope);
        Issuer issuer = source.issuer(scope, school).signed(source.signatures(term, scope, filter));
        audit.exported(
                DocumentKind.PER_PROGRAMME,
                term,
                scope,
                source.issuer(scope, Optional.empty()).name(),
                "全部",
                school.map(SchoolView::name).orElse(null));
        RowNames places = source.names(term, scope);
        try (TemporaryFiles files = new TemporaryFiles();
                AwardFeed feed = source.feed(term, scope, places)) {
            Map<String, TemporaryFiles.Written<ProgrammeRosters.Written>> written = new TreeMap<>(AwardLanes.split(
                    feed.stream().filter(filter::accepts).iterator(),
                    AwardLine::programmeCode,
                    (code, lines) -> files.write(code, file -> programmes.write(issuer, term, lines, places, file))));
            try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out))) {
                for (TemporaryFiles.Written<ProgrammeRosters.Written> one : written.values()) {
                    files.copy(zip, one.result().title() + ".xlsx", one.file());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A roster row made from an award, with the division names of its batch known. */
    interface RowMaker {
        List<Object> row(AwardLine award, RowNames places);
    }

    private RosterSummary streamed(
            DocumentKind kind,
            Term term,
            DataScope scope,
            RosterFilter filter,
            Issuer issuer,
            OutputStream out,
            List<com.aidloop.spreadsheet.Column> columns,
            RowMaker maker) {
        ProgrammeStream rows = openRows(term, scope, filter, maker);
        try (AwardFeed feed = rows.feed()) {
            String programme = filter.programmeCode() == null ? null : rows.programmeName();
            return OfficialRosterWriter.write(
                    heading(issuer, kind, term, programme, time.today()), columns, rows.rows(), out);
        }
    }

    private RosterSummary notice(Term term, DataScope scope, RosterFilter filter, Issuer issuer, OutputStream out) {
        NoticeList.Notice notice = notices.read(term, scope, filter);
        String programme = notice.programmeName();
        return OfficialRosterWriter.write(
                heading(issuer, DocumentKind.PUBLIC_NOTICE, term, programme, time.today()),
                NoticeEntry.COLUMNS,
                notice.entries().stream().map(NoticeEntry::cells),
                out);
    }

    /** The filtered rows of a roster, with the first award read ahead so that the title can name its programme. */
    private record ProgrammeStream(AwardFeed feed, String programmeName, Stream<List<Object>> rows) {}

    private ProgrammeStream openRows(Term term, DataScope scope, RosterFilter filter, RowMaker maker) {
        RowNames places = source.names(term, scope);
        AwardFeed feed = source.feed(term, scope, places);
        Iterator<AwardLine> matching = feed.stream().filter(filter::accepts).iterator();
        AwardLine first = matching.hasNext() ? matching.next() : null;
        String programmeName = first == null ? filter.programmeCode() : places.programme(first);
        Stream<AwardLine> lines = Stream.concat(
                Stream.ofNullable(first),
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(matching, 0), false));
        return new ProgrammeStream(feed, programmeName, lines.map(line -> maker.row(line, places)));
    }

    /** The heading of a roster issued on {@code day} (today, by {@link ChinaTime}). */
    static RosterHeading heading(Issuer issuer, DocumentKind kind, Term term, String programmeName, LocalDate day) {
        return new RosterHeading(issuer.title(kind, term, programmeName), issuer.unit(), day, issuer.signatures());
    }

    /** Lets a workbook writer close what it writes to without closing the archive or the response. */
    static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
