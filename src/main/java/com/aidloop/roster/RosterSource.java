package com.aidloop.roster;

import com.aidloop.award.AwardBook;
import com.aidloop.iam.AidCentres;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.region.RegionManagement;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.documents.ProgrammeWords;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Signatures;
import com.aidloop.shared.Term;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where every roster starts: the reader's awards of the term, always read inside the reader's
 * scope (narrowing to a school or programme happens on top of it), the school asked for if the
 * scope covers it, and who issues the document.
 */
@Component
class RosterSource {

    private final AwardBook awards;
    private final RegionManagement regions;
    private final SchoolManagement schools;
    private final Issuers issuers;
    private final ProgrammeCatalogue catalogue;
    private final AidCentres centres;
    private final PayingRules rules;

    RosterSource(
            AwardBook awards,
            RegionManagement regions,
            SchoolManagement schools,
            Issuers issuers,
            ProgrammeCatalogue catalogue,
            AidCentres centres,
            PayingRules rules) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.centres = centres;
        this.awards = awards;
        this.regions = regions;
        this.schools = schools;
        this.issuers = issuers;
    }

    /** The awards of the term inside the scope, with their household divisions named batch by batch. */
    AwardFeed feed(Term term, DataScope scope, RowNames names) {
        return AwardFeed.open(awards, term, scope, names::learn);
    }

    AwardFeed feed(Term term, DataScope scope) {
        return AwardFeed.open(awards, term, scope);
    }

    /** The names of division codes, in one query. */
    java.util.Map<String, String> regionNames(java.util.Collection<String> codes) {
        return regions.namesOf(codes);
    }

    /**
     * The words for a term's rows: division names as they come, programmes and tiers by the
     * term's catalogue as the scope sees it now.
     */
    RowNames names(Term term, DataScope scope) {
        return new RowNames(
                regions, ProgrammeWords.of(catalogue.asOf(term, scope)).paying(rules.settledWithSchools(term)));
    }

    /** The school a filter names, if the scope covers it; {@link RosterNotFound} otherwise. */
    Optional<SchoolView> school(RosterFilter filter, DataScope scope) {
        if (filter.schoolId() == null) {
            return Optional.empty();
        }
        return Optional.of(school(filter.schoolId(), scope));
    }

    SchoolView school(long schoolId, DataScope scope) {
        return schools.find(schoolId, scope).orElseThrow(() -> new RosterNotFound("school " + schoolId));
    }

    /** Schools by id regardless of scope, for naming what the reader's awards already show. */
    java.util.Map<Long, SchoolView> schools(java.util.Collection<Long> ids) {
        return schools.byIds(ids);
    }

    /** Who issues the document: the reader's unit, named after the school when narrowed to one. */
    Issuer issuer(DataScope scope, Optional<SchoolView> school) {
        return school.map(s -> issuers.of(scope, s)).orElseGet(() -> issuers.of(scope));
    }

    /**
     * The signature line of a roster: who imported and who confirmed its awards (by name), and the
     * head of the reader's aid centre when the reader is a county's (a school's roster is signed
     * by its own head, on paper).
     */
    Signatures signatures(Term term, DataScope scope, RosterFilter filter) {
        AwardBook.Signers signers = awards.signers(term, scope, filter.programmeCode(), filter.schoolId());
        String county = headsCounty(scope);
        return centres.signatures(county, signers.importedBy(), signers.confirmedBy());
    }

    /** As {@link #signatures}, for each school's confirmation form of the term inside the scope, by school id. */
    Map<Long, Signatures> signaturesBySchool(Term term, DataScope scope) {
        String county = headsCounty(scope);
        Map<Long, Signatures> bySchool = new HashMap<>();
        awards.signersBySchool(term, scope)
                .forEach((school, signers) ->
                        bySchool.put(school, centres.signatures(county, signers.importedBy(), signers.confirmedBy())));
        return bySchool;
    }

    /** The county whose centre's head signs: the reader's, when the reader is a county's (or inside one). */
    private static String headsCounty(DataScope scope) {
        return scope.regionPrefix() != null && scope.regionPrefix().length() >= 6 ? scope.regionPrefix() : null;
    }

    Issuers issuers() {
        return issuers;
    }
}
