package com.aidloop.roster;

import com.aidloop.award.AwardBook;
import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.roster.documents.FormWorkbook;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryLayout;
import com.aidloop.shared.Term;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/**
 * The county summary (汇总表): a term's awards inside the reader's scope added up by household
 * township and village, school, programme and stage in one pass, for the page's drill-down, the
 * API and the workbook.
 */
@Service
public class CountySummary {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AwardBook awards;
    private final RegionManagement regions;
    private final Issuers issuers;
    private final ExportAudit audit;

    CountySummary(AwardBook awards, RegionManagement regions, Issuers issuers, ExportAudit audit) {
        this.awards = awards;
        this.regions = regions;
        this.issuers = issuers;
        this.audit = audit;
    }

    public SummaryCube of(Term term, DataScope scope) {
        SummaryCube cube = new SummaryCube(scope.regionPrefix());
        try (AwardFeed feed = AwardFeed.open(awards, term, scope)) {
            feed.forEachRemaining(cube::add);
        }
        cube.nameRegions(regions.namesOf(cube.regionCodes()));
        return cube;
    }

    /** The summary as a workbook, one sheet per breakdown; audited. */
    public void write(Term term, DataScope scope, OutputStream out) {
        Issuer issuer = issuers.of(scope);
        audit.exported(DocumentKind.SUMMARY, term, scope, issuer.name(), null, null);
        SummaryCube cube = of(term, scope);
        FormWorkbook.write(SummaryLayout.tables(cube, issuer, term, LocalDate.now(CHINA)), out);
    }
}
