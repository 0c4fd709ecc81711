package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.documents.ConfirmationForm;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.PlaceNames;
import com.aidloop.roster.documents.RosterLayouts;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.reading.AwardLanes;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.verification.AmountLimits;
import com.aidloop.roster.verification.DocumentTotals;
import com.aidloop.roster.verification.Finding;
import com.aidloop.roster.verification.TotalsCheck;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    private final AmountLimits limits;
    private final Clock clock = Clock.systemUTC();

    RosterVerification(RosterSource source, CountySummary summaries, ConfirmationForms forms, AmountLimits limits) {
        this.source = source;
        this.summaries = summaries;
        this.forms = forms;
        this.limits = limits;
    }

    public Verification verify(Term term, DataScope scope) {
        DocumentTotals summary = countedFromSummary(term, scope);
        DocumentTotals formTotals = countedFromForms(term, scope);
        RosterCount rosters = countedFromRosters(term, scope);
        return verdict(term, rosters, formTotals, summary);
    }

    /** Puts the three counts side by side; findings from the rosters' own rows come first. */
    public Verification verdict(Term term, RosterCount rosters, DocumentTotals formTotals, DocumentTotals summary) {
        List<TotalsCheck.Comparison> comparisons = TotalsCheck.compare(rosters.totals(), formTotals, summary);
        List<Finding> findings = new ArrayList<>(rosters.findings());
        findings.addAll(TotalsCheck.findings(comparisons));
        Figures total = comparisons.stream().map(TotalsCheck.Comparison::roster).reduce(Figures.NONE, Figures::plus);
        return new Verification(term, clock.instant(), total, comparisons, findings);
    }

    /** What the summary says each school's programme holds. */
    public DocumentTotals countedFromSummary(Term term, DataScope scope) {
        SummaryCube cube = summaries.of(term, scope);
        DocumentTotals totals = new DocumentTotals(SUMMARY);
        cube.forEachSchoolAndProgramme((key, figures) -> totals.add(key.schoolId(), cube.schoolName(key.schoolId()), key.programmeCode(),
                cube.programmeName(key.programmeCode()), figures));
        return totals;
    }

    /** What the confirmation forms say. */
    public DocumentTotals countedFromForms(Term term, DataScope scope) {
        DocumentTotals totals = new DocumentTotals(FORMS);
        for (ConfirmationForm form : forms.all(term, scope)) {
            for (ConfirmationForm.Line line : form.lines()) {
                totals.add(form.schoolId(), form.schoolName(), line.programmeCode(), line.programmeName(), line.figures());
            }
        }
        return totals;
    }

    /** The per-programme rosters' rows, counted as they are handed to the workbook writer, and what the rows broke. */
    public record RosterCount(DocumentTotals totals, List<Finding> findings) {}

    /** Writes every programme's roster (to nowhere) and counts the rows it was given, school by school. */
    public RosterCount countedFromRosters(Term term, DataScope scope) {
        PlaceNames places = source.places();
        Issuer issuer = source.issuer(scope, java.util.Optional.empty());
        Map<String, ProgrammeCount> counts;
        try (AwardFeed feed = source.feed(term, scope, places)) {
            counts = AwardLanes.split(feed, AwardLine::programmeCode, (code, lines) -> count(issuer, term, lines, places));
        }
        DocumentTotals totals = new DocumentTotals(ROSTER);
        List<Finding> findings = new ArrayList<>();
        counts.values().forEach(count -> {
            count.totals().all().forEach((key, figures) -> totals.add(key.schoolId(), count.totals().schoolName(key.schoolId()),
                    key.programmeCode(), count.totals().programmeName(key.programmeCode()), figures));
            findings.addAll(count.findings());
        });
        return new RosterCount(totals, findings);
    }

    private record ProgrammeCount(DocumentTotals totals, List<Finding> findings) {}

    private static final int AMOUNT_COLUMN = RosterLayouts.PER_PROGRAMME.stream().map(c -> c.header()).toList().indexOf(RosterLayouts.AMOUNT);

    /** One programme's roster, written to nowhere, its rows counted on their way into the writer. */
    private ProgrammeCount count(Issuer issuer, Term term, Stream<AwardLine> lines, PlaceNames places) {
        DocumentTotals totals = new DocumentTotals(ROSTER);
        List<Finding> findings = new ArrayList<>();
        long[] handedRows = {0};
        BigDecimal[] handed = {BigDecimal.ZERO};
        String[] programme = new String[2];
        Stream<List<Object>> values = lines.map(line -> {
            List<Object> row = RosterLayouts.perProgramme(line, places);
            Money amount = (Money) row.get(AMOUNT_COLUMN);
            totals.add(line.schoolId(), line.schoolName(), line.programmeCode(), line.programmeName(), amount);
            int rowNumber = (int) ++handedRows[0];
            handed[0] = handed[0].add(amount.yuan());
            programme[0] = line.programmeCode();
            programme[1] = line.programmeName();
            limits.check(line).ifPresent(breach -> findings.add(new Finding(breach.rule(), line.schoolId(), line.schoolName(),
                    line.programmeCode(), line.programmeName(), rowNumber, List.of(line.studentName(), amount.toString(), breach.limit()))));
            return row;
        });
        RosterSummary written = OfficialRosterWriter.write(RosterExports.heading(issuer, DocumentKind.PER_PROGRAMME, term, "花名册"),
                RosterLayouts.PER_PROGRAMME, values, OutputStream.nullOutputStream());
        BigDecimal printed = written.totals().getOrDefault(RosterLayouts.AMOUNT, BigDecimal.ZERO);
        if (written.rows() != handedRows[0] || printed.compareTo(handed[0]) != 0) {
            findings.add(new Finding(Finding.Rule.ROSTER_TOTAL_DIFFERS, null, null, programme[0], programme[1], null,
                    List.of(String.valueOf(written.rows()), new Money(printed).toString(), String.valueOf(handedRows[0]),
                            new Money(handed[0]).toString())));
        }
        return new ProgrammeCount(totals, findings);
    }
}
