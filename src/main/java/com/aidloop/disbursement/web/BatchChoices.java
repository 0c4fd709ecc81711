package com.aidloop.disbursement.web;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the batch forms and filters offer: terms around the current one, the county's townships, the programmes of a term. */
@Component
class BatchChoices {

    private final RegionManagement regions;
    private final ProgrammeCatalogue catalogue;

    BatchChoices(RegionManagement regions, ProgrammeCatalogue catalogue) {
        this.regions = regions;
        this.catalogue = catalogue;
    }

    Term currentTerm() {
        return catalogue.currentTerm();
    }

    /** One term ahead and three back, and the chosen one where it lies outside them, newest first. */
    List<Term> terms(Term chosen) {
        return currentTerm().around(3, 1, chosen);
    }

    /** The programmes of the term's catalogue the scope sees. */
    List<ProgrammeInForce> programmes(Term term, DataScope scope) {
        return catalogue.asOf(term, scope).programmes();
    }

    /** The townships of the account's county (a region account at county level or above sees its subtree's). */
    List<Region> townships(DataScope scope) {
        if (scope.schoolId() != null
                || scope.regionPrefix() == null
                || scope.regionPrefix().length() < 6) {
            return List.of();
        }
        String county = scope.regionPrefix().substring(0, 6);
        return regions.children(county).stream()
                .filter(t -> t.code().startsWith(scope.regionPrefix()))
                .toList();
    }

    Optional<Region> treeRoot(DataScope scope) {
        return scope.schoolId() == null && scope.regionPrefix() != null
                ? regions.find(scope.regionPrefix())
                : Optional.empty();
    }

    List<Region> children(Region parent) {
        return regions.children(parent.code());
    }

    /** The term a filter asks for, or none when nothing or something unreadable is asked. */
    static Term parseTerm(String raw) {
        return Term.parseOr(raw, null);
    }

    /** A pay date from a date field (yyyy-MM-dd), or null (today) when blank or unreadable. */
    static java.time.LocalDate parseDate(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : java.time.LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }
}
