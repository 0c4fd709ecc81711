package com.aidloop.funding;

import com.aidloop.funding.domain.FundingLedger;
import com.aidloop.funding.domain.FundingLedger.Level;
import com.aidloop.funding.reporting.FundingFacts;
import com.aidloop.funding.reporting.FundingFacts.Facts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the funding-source report of a term for a scope, grouped by county, township or school.
 * Money received and still unpaid more than {@code aidloop.funding.idle-days} days (default 90)
 * after it arrived is flagged as idle (闲置沉淀).
 */
@Service
public class FundingReports {

    private final FundingFacts facts;
    private final ProgrammeCatalogue catalogue;
    private final RegionManagement regions;
    private final ChinaTime time;
    private final int idleDays;

    FundingReports(
            FundingFacts facts,
            ProgrammeCatalogue catalogue,
            RegionManagement regions,
            ChinaTime time,
            @Value("${aidloop.funding.idle-days:90}") int idleDays) {
        this.facts = facts;
        this.catalogue = catalogue;
        this.regions = regions;
        this.time = time;
        this.idleDays = Math.max(1, idleDays);
    }

    public LocalDate today() {
        return time.today();
    }

    /** @param level COUNTY, TOWNSHIP or SCHOOL; blank for COUNTY */
    @Transactional(readOnly = true)
    public FundingReport report(Term term, String level, DataScope scope, String unitName) {
        Level by = level(level);
        LocalDate today = time.today();
        Facts found = facts.of(term, scope);
        List<FundingLedger.Line> lines =
                FundingLedger.lines(by, found.received(), found.confirmed(), found.paid(), today, idleDays);
        Map<String, String> programmes = catalogue.asOf(term, scope).programmes().stream()
                .collect(Collectors.toMap(
                        ProgrammeInForce::code, p -> p.programme().displayName(), (a, b) -> a));
        Map<String, String> units = unitNames(by, lines, found.schools());
        List<FundingReport.Row> rows = lines.stream()
                .map(line -> new FundingReport.Row(
                        line.unit(),
                        units.getOrDefault(line.unit(), line.unit()),
                        line.programmeCode(),
                        programmes.getOrDefault(line.programmeCode(), line.programmeCode()),
                        line.source(),
                        line.allocated(),
                        line.confirmed(),
                        line.paid(),
                        line.unpaid(),
                        line.idle().map(i -> i.amount()).orElse(null),
                        line.idle().map(i -> i.since()).orElse(null),
                        line.idle().map(i -> i.days()).orElse(0L),
                        line.idle().map(i -> i.explanation()).orElse(null)))
                .toList();
        return new FundingReport(term, by.name(), unitName, today, idleDays, rows);
    }

    private Map<String, String> unitNames(Level level, List<FundingLedger.Line> lines, Map<Long, SchoolView> schools) {
        if (level == Level.SCHOOL) {
            return schools.values().stream()
                    .collect(Collectors.toMap(s -> Long.toString(s.id()), SchoolView::name, (a, b) -> a));
        }
        Set<String> codes = new HashSet<>();
        lines.forEach(line -> codes.add(line.unit()));
        return codes.isEmpty() ? Map.of() : regions.namesOf(codes);
    }

    private static Level level(String raw) {
        if (raw == null || raw.isBlank()) {
            return Level.COUNTY;
        }
        try {
            return Level.valueOf(raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("funding.level.unknown", raw.strip());
        }
    }
}
