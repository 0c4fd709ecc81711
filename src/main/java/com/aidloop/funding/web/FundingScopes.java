package com.aidloop.funding.web;

import com.aidloop.funding.FundingReport;
import com.aidloop.funding.FundingReports;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Permission;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Refusal;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads the funding report and where: PAYOUT_VIEW (else 403), the reader's scope narrowed to
 * a division of it when asked (outside it: 404). School staff read their own school's lines only.
 */
@Component
class FundingScopes {

    /** A division outside the reader's scope (answered 404). */
    static class RegionNotFound extends Refusal {
        RegionNotFound(String code) {
            super(Kind.NOT_FOUND, "funding.region.notFound", code);
        }
    }

    private final CurrentAccounts accounts;
    private final RegionManagement regions;
    private final SchoolManagement schools;
    private final FundingReports reports;

    FundingScopes(
            CurrentAccounts accounts, RegionManagement regions, SchoolManagement schools, FundingReports reports) {
        this.accounts = accounts;
        this.regions = regions;
        this.schools = schools;
        this.reports = reports;
    }

    DataScope of(String region) {
        CurrentAccount account = accounts.current();
        DataScope scope = account.scope();
        if (!account.may(Permission.PAYOUT_VIEW) || scope.isNothing()) {
            throw new AccessDeniedException("may not read funding");
        }
        if (region == null || region.isBlank()) {
            return scope;
        }
        String code = region.strip();
        if (scope.regionPrefix() == null
                || !code.startsWith(scope.regionPrefix())
                || regions.find(code).isEmpty()) {
            throw new RegionNotFound(code);
        }
        return DataScope.region(code);
    }

    /** The report of the term for the reader; a school's is always by school. */
    FundingReport report(String term, String level, String region) {
        DataScope scope = of(region);
        Term chosen = term(term);
        String by = scope.schoolId() != null ? "SCHOOL" : level;
        return reports.report(chosen, by, scope, unitName(scope));
    }

    Term term(String raw) {
        return raw == null || raw.isBlank() ? Term.of(reports.today()) : Term.parse(raw);
    }

    LocalDate today() {
        return reports.today();
    }

    List<Term> terms(Term chosen) {
        return Term.of(reports.today()).around(6, 1, chosen);
    }

    List<Region> divisions() {
        DataScope own = accounts.current().scope();
        return own.regionPrefix() == null ? List.of() : regions.children(own.regionPrefix());
    }

    String unitName(DataScope scope) {
        if (scope.schoolId() != null) {
            return schools.byId(scope.schoolId()).map(SchoolView::name).orElse("");
        }
        return regions.find(scope.regionPrefix()).map(Region::name).orElse(scope.regionPrefix());
    }

    boolean schoolReader() {
        return accounts.current().schoolId() != null;
    }

    static String level(String raw) {
        if (raw != null
                && !raw.isBlank()
                && !FundingReport.LEVELS.contains(raw.strip().toUpperCase())) {
            throw new InvalidValue("funding.level.unknown", raw.strip());
        }
        return raw == null || raw.isBlank() ? "COUNTY" : raw.strip().toUpperCase();
    }
}
