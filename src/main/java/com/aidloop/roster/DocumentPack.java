package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.documents.ConfirmationForm;
import com.aidloop.roster.documents.ConfirmationFormLayout;
import com.aidloop.roster.documents.FormBook;
import com.aidloop.roster.documents.FormWorkbook;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.NoticeEntry;
import com.aidloop.roster.documents.RosterLayouts;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.reading.AwardLanes;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryLayout;
import com.aidloop.roster.verification.Finding;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * Every document of a term in one archive (全部文档), the county's print run: the summary, the
 * review roster, each programme's roster, the public notice, every school's confirmation form and
 * the check's result. One read of the awards feeds them all; the rosters are written side by side
 * in lanes while the summary and the forms are added up on the reading thread, and the check
 * compares what each of them counted.
 */
@Service
public class DocumentPack {

    static final String PROGRAMME_FOLDER = "分项目资助花名册/";

    private final RosterSource source;
    private final ProgrammeRosters programmes;
    private final ConfirmationForms forms;
    private final RosterVerification verification;
    private final ExportAudit audit;
    private final ChinaTime time;

    DocumentPack(
            RosterSource source,
            ProgrammeRosters programmes,
            ConfirmationForms forms,
            RosterVerification verification,
            ExportAudit audit,
            ChinaTime time) {
        this.source = source;
        this.time = time;
        this.programmes = programmes;
        this.forms = forms;
        this.verification = verification;
        this.audit = audit;
    }

    /** The archive's name, e.g. 平江县2026年秋季学期学生资助文档. */
    public String name(Term term, DataScope scope) {
        return source.issuer(scope, Optional.empty()).name() + term.label() + "学生资助文档";
    }

    public Verification write(Term term, DataScope scope, OutputStream out) {
        Issuer issuer = source.issuer(scope, Optional.empty()).signed(source.signatures(term, scope, RosterFilter.ALL));
        audit.exportedAll(term, scope, issuer.name());
        RowNames places = source.names(term, scope);
        SummaryCube cube = new SummaryCube(scope.regionPrefix());
        FormBook book = new FormBook(places);
        try (TemporaryFiles files = new TemporaryFiles();
                AwardFeed feed = source.feed(term, scope, places);
                AwardLanes lanes = new AwardLanes()) {
            AwardLanes.Lane<TemporaryFiles.Written<RosterSummary>> review =
                    lanes.open(lines -> files.write("review", file -> reviewRoster(issuer, term, places, lines, file)));
            AwardLanes.Lane<TemporaryFiles.Written<RosterSummary>> notice =
                    lanes.open(lines -> files.write("notice", file -> publicNotice(issuer, term, places, lines, file)));
            Map<String, AwardLanes.Lane<TemporaryFiles.Written<ProgrammeRosters.Written>>> byProgramme =
                    new TreeMap<>();
            while (feed.hasNext()) {
                AwardLine line = feed.next();
                cube.add(line);
                book.add(line);
                review.put(line);
                notice.put(line);
                byProgramme
                        .computeIfAbsent(
                                line.programmeCode(),
                                code -> lanes.open(lines ->
                                        files.write(code, file -> programmes.write(issuer, term, lines, places, file))))
                        .put(line);
            }
            lanes.finish();
            cube.nameRegions(source.regionNames(cube.regionCodes()));
            cube.nameProgrammes(places.programmes());
            List<ConfirmationForm> schoolForms = forms.signed(term, book, scope);
            List<TemporaryFiles.Written<ProgrammeRosters.Written>> rosters =
                    byProgramme.values().stream().map(AwardLanes.Lane::result).toList();
            Documents documents = new Documents(
                    cube, review.result().file(), rosters, notice.result().file(), schoolForms);
            Verification check = verdict(term, documents);
            archive(out, issuer, term, files, documents, check);
            return check;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RosterSummary reviewRoster(
            Issuer issuer, Term term, RowNames places, Stream<AwardLine> lines, OutputStream file) {
        return OfficialRosterWriter.write(
                RosterExports.heading(issuer, DocumentKind.REVIEW, term, null, time.today()),
                RosterLayouts.REVIEW,
                lines.map(line -> RosterLayouts.review(line, places)),
                file);
    }

    private RosterSummary publicNotice(
            Issuer issuer, Term term, RowNames places, Stream<AwardLine> lines, OutputStream file) {
        return OfficialRosterWriter.write(
                RosterExports.heading(issuer, DocumentKind.PUBLIC_NOTICE, term, null, time.today()),
                NoticeEntry.COLUMNS,
                NoticeList.collect(lines.iterator(), RosterFilter.ALL, places).entries().stream()
                        .map(NoticeEntry::cells),
                file);
    }

    /** The check: what the programme rosters, the schools' forms and the summary each counted must agree. */
    private Verification verdict(Term term, Documents documents) {
        return verification.verdict(
                term,
                RosterVerification.merged(documents.rosters().stream()
                        .map(TemporaryFiles.Written::result)
                        .toList()),
                RosterVerification.totals(documents.schoolForms()),
                RosterVerification.totals(documents.cube()));
    }

    /** What goes into the archive besides the check's result, each document written or counted already. */
    private record Documents(
            SummaryCube cube,
            Path review,
            List<TemporaryFiles.Written<ProgrammeRosters.Written>> rosters,
            Path notice,
            List<ConfirmationForm> schoolForms) {}

    /** The archive's entries, numbered in the order a county prints them. */
    private void archive(
            OutputStream out, Issuer issuer, Term term, TemporaryFiles files, Documents documents, Verification check)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new RosterExports.KeepOpen(out))) {
            zip.putNextEntry(new ZipEntry("1-" + issuer.title(DocumentKind.SUMMARY, term, null) + ".xlsx"));
            FormWorkbook.write(
                    SummaryLayout.tables(documents.cube(), issuer, term, time.today()),
                    new RosterExports.KeepOpen(zip));
            zip.closeEntry();
            files.copy(zip, "2-" + issuer.title(DocumentKind.REVIEW, term, null) + ".xlsx", documents.review());
            for (TemporaryFiles.Written<ProgrammeRosters.Written> roster : documents.rosters()) {
                files.copy(zip, "3-" + PROGRAMME_FOLDER + roster.result().title() + ".xlsx", roster.file());
            }
            files.copy(zip, "4-" + issuer.title(DocumentKind.PUBLIC_NOTICE, term, null) + ".xlsx", documents.notice());
            zip.putNextEntry(new ZipEntry("5-" + issuer.title(DocumentKind.CONFIRMATION_FORM, term, null) + ".xlsx"));
            FormWorkbook.write(
                    documents.schoolForms().stream()
                            .map(ConfirmationFormLayout::table)
                            .toList(),
                    new RosterExports.KeepOpen(zip));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("6-" + issuer.title(DocumentKind.VERIFICATION, term, null) + ".txt"));
            zip.write(report(issuer, term, check).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** The check's result as text: passed, or each finding as a sentence. */
    private String report(Issuer issuer, Term term, Verification check) {
        StringBuilder text = new StringBuilder("\ufeff")
                .append(issuer.title(DocumentKind.VERIFICATION, term, null))
                .append("\r\n");
        text.append("共")
                .append(check.total().awards())
                .append("人次，")
                .append(check.total().amount())
                .append("元\r\n");
        if (check.passed()) {
            return text.append("结果：通过。花名册、资金确认表与汇总表逐校逐项目一致，所有金额均在限额内。\r\n").toString();
        }
        text.append("结果：发现").append(check.findings().size()).append("处问题，请核对：\r\n");
        int n = 1;
        for (Finding finding : check.findings()) {
            text.append(n++).append(". ").append(finding.sentence()).append("\r\n");
        }
        return text.toString();
    }
}
