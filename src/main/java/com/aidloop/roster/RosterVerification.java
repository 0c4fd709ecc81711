package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.documents.ConfirmationForm;
import com.aidloop.roster.documents.FormBook;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.reading.AwardLanes;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.verification.DocumentTotals;
import com.aidloop.roster.verification.Finding;
import com.aidloop.roster.verification.TotalsCheck;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Term;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The automatic check (自动校验) of a term's documents inside a scope. Each document is produced
 * the way it is printed and counted from its own rows: the per-programme rosters through the
 * workbook writer (their 合计 must equal the rows handed to it, and every row's amount must be
 * within the programme's limits), the confirmation forms, and the summary. Then, for every school
 * and programme, the three must count the same students and money. Any disagreement or row out
 * of limits is a finding that says where it is.
 */
@Service
public class RosterVerification {

    static final String ROSTER = "花名册";
    static final String FORMS = "资金确认表";
    static final String SUMMARY = "汇总表";

    private final RosterSource source;
    private final CountySummary summaries;
    private final ConfirmationForms forms;
    private final ProgrammeRosters rosterWriter;
    private final Clock clock = Clock.systemUTC();

    RosterVerification(
            RosterSource source, CountySummary summaries, ConfirmationForms forms, ProgrammeRosters rosterWriter) {
        this.source = source;
        this.summaries = summaries;
        this.forms = forms;
        this.rosterWriter = rosterWriter;
    }

    /**
     * Reads the awards once and has every document counted from it on its own: the summary cube
     * and the confirmation forms on the reading thread, each programme's roster in its own lane,
     * written through the workbook writer.
     */
    public Verification verify(Term term, DataScope scope) {
        RowNames places = source.names(term, scope);
        Issuer issuer = source.issuer(scope, Optional.empty());
        SummaryCube cube = new SummaryCube(scope.regionPrefix());
        FormBook book = new FormBook(places);
        Map<String, AwardLanes.Lane<ProgrammeRosters.Written>> rosters = new TreeMap<>();
        try (AwardFeed feed = source.feed(term, scope, places);
                AwardLanes lanes = new AwardLanes()) {
            while (feed.hasNext()) {
                AwardLine line = feed.next();
                cube.add(line);
                book.add(line);
                rosters.computeIfAbsent(
                                line.programmeCode(),
                                code -> lanes.open(stream -> rosterWriter.write(
                                        issuer, term, stream, places, OutputStream.nullOutputStream())))
                        .put(line);
            }
            lanes.finish();
            cube.nameProgrammes(places.programmes());
            List<ProgrammeRosters.Written> counts =
                    rosters.values().stream().map(AwardLanes.Lane::result).toList();
            return verdict(term, merged(counts), totals(forms.forms(term, book)), totals(cube));
        }
    }

    /** Puts the three counts side by side; findings from the rosters' own rows come first. */
    public Verification verdict(Term term, RosterCount rosters, DocumentTotals formTotals, DocumentTotals summary) {
        List<TotalsCheck.Comparison> comparisons = TotalsCheck.compare(rosters.totals(), formTotals, summary);
        List<Finding> findings = new ArrayList<>(rosters.findings());
        findings.addAll(TotalsCheck.findings(comparisons));
        Figures total = comparisons.stream().map(TotalsCheck.Comparison::roster).reduce(Figures.NONE, Figures::plus);
        return new Verification(term, clock.instant(), total, comparisons, findings);
    }

    /** What the summary says each school's programme holds (a read of its own). */
    public DocumentTotals countedFromSummary(Term term, DataScope scope) {
        return totals(summaries.of(term, scope));
    }

    /** What the confirmation forms say (a read of their own). */
    public DocumentTotals countedFromForms(Term term, DataScope scope) {
        return totals(forms.all(term, scope));
    }

    static DocumentTotals totals(SummaryCube cube) {
        DocumentTotals totals = new DocumentTotals(SUMMARY);
        cube.forEachSchoolAndProgramme((key, figures) -> totals.add(
                key.schoolId(),
                cube.schoolName(key.schoolId()),
                key.programmeCode(),
                cube.programmeName(key.programmeCode()),
                figures));
        return totals;
    }

    static DocumentTotals totals(List<ConfirmationForm> forms) {
        DocumentTotals totals = new DocumentTotals(FORMS);
        for (ConfirmationForm form : forms) {
            for (ConfirmationForm.Line line : form.lines()) {
                totals.add(
                        form.schoolId(), form.schoolName(), line.programmeCode(), line.programmeName(), line.figures());
            }
        }
        return totals;
    }

    /** The per-programme rosters' rows, counted as they are handed to the workbook writer, and what the rows broke. */
    public record RosterCount(DocumentTotals totals, List<Finding> findings) {}

    /** Writes every programme's roster (to nowhere) and counts the rows it was given, school by school (a read of its own). */
    public RosterCount countedFromRosters(Term term, DataScope scope) {
        RowNames places = source.names(term, scope);
        Issuer issuer = source.issuer(scope, Optional.empty());
        try (AwardFeed feed = source.feed(term, scope, places)) {
            return merged(AwardLanes.split(
                            feed,
                            AwardLine::programmeCode,
                            (code, lines) ->
                                    rosterWriter.write(issuer, term, lines, places, OutputStream.nullOutputStream()))
                    .values());
        }
    }

    static RosterCount merged(java.util.Collection<ProgrammeRosters.Written> counts) {
        DocumentTotals totals = new DocumentTotals(ROSTER);
        List<Finding> findings = new ArrayList<>();
        counts.forEach(count -> {
            count.counted()
                    .all()
                    .forEach((key, figures) -> totals.add(
                            key.schoolId(),
                            count.counted().schoolName(key.schoolId()),
                            key.programmeCode(),
                            count.counted().programmeName(key.programmeCode()),
                            figures));
            findings.addAll(count.findings());
        });
        return new RosterCount(totals, findings);
    }
}
