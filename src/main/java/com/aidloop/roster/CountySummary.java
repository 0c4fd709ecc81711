package com.aidloop.roster;

import com.aidloop.award.AwardBook;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.region.RegionManagement;
import com.aidloop.roster.documents.FormWorkbook;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.documents.ProgrammeWords;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryLayout;
import com.aidloop.shared.Term;
import java.io.OutputStream;
import org.springframework.stereotype.Service;

/**
 * The county summary (汇总表): a term's awards inside the reader's scope added up by household
 * township and village, school, programme and stage in one pass, for the page's drill-down, the
 * API and the workbook.
 */
@Service
public class CountySummary {

    private final AwardBook awards;
    private final RegionManagement regions;
    private final Issuers issuers;
    private final ExportAudit audit;
    private final ProgrammeCatalogue catalogue;
    private final ChinaTime time;
    private final RecentSummaries recent = new RecentSummaries();

    CountySummary(
            AwardBook awards,
            RegionManagement regions,
            Issuers issuers,
            ExportAudit audit,
            ProgrammeCatalogue catalogue,
            ChinaTime time) {
        this.catalogue = catalogue;
        this.time = time;
        this.awards = awards;
        this.regions = regions;
        this.issuers = issuers;
        this.audit = audit;
    }

    /**
     * The summary of the term inside the scope. A drill-down asks for the same summary again and
     * again, so a summary is kept for a minute as long as the term's count and sum of awards in
     * the scope (one quick query) have not changed.
     */
    public SummaryCube of(Term term, DataScope scope) {
        return recent.get(term, scope, awards.totals(term, scope), () -> read(term, scope));
    }

    private SummaryCube read(Term term, DataScope scope) {
        SummaryCube cube = new SummaryCube(scope.regionPrefix());
        try (AwardFeed feed = AwardFeed.open(awards, term, scope)) {
            feed.forEachRemaining(cube::add);
        }
        cube.nameRegions(regions.namesOf(cube.regionCodes()));
        cube.nameProgrammes(ProgrammeWords.of(catalogue.asOf(term, scope)));
        return cube;
    }

    /** The summary as a workbook, one sheet per breakdown; audited. */
    public void write(Term term, DataScope scope, OutputStream out) {
        Issuer issuer = issuers.of(scope);
        audit.exported(DocumentKind.SUMMARY, term, scope, issuer.name(), null, null);
        SummaryCube cube = read(term, scope);
        FormWorkbook.write(SummaryLayout.tables(cube, issuer, term, time.today()), out);
    }
}
