package com.aidloop.programme.web;

import com.aidloop.programme.Catalogue;
import com.aidloop.programme.ProgrammeDetail;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.ProgrammeView;
import com.aidloop.programme.Standard;
import com.aidloop.programme.StandardCheck;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue as the API writes it: amounts as strings with two decimals ("1750.00", yuan per
 * term), terms as codes ("2025-SPRING") with their labels, moments as ISO instants.
 */
final class ProgrammeJson {

    private ProgrammeJson() {}

    record CatalogueBody(String term, String termLabel, String recordedAt, List<ProgrammeBody> programmes) {

        static CatalogueBody of(Catalogue catalogue, List<ProgrammeInForce> programmes) {
            return new CatalogueBody(
                    catalogue.term().code(),
                    catalogue.term().label(),
                    text(catalogue.recordedAt()),
                    programmes.stream().map(ProgrammeBody::of).toList());
        }
    }

    /** @param owner the province or county the programme belongs to, or null for a national programme */
    record ProgrammeBody(
            String code,
            String owner,
            String name,
            String displayName,
            List<String> aliases,
            List<String> stages,
            String semesters,
            String kind,
            String fundingLevel,
            String firstTerm,
            String lastTerm,
            boolean active,
            boolean paysThisTerm,
            String termFit,
            List<StandardBody> tiers) {

        static ProgrammeBody of(ProgrammeInForce p) {
            ProgrammeView v = p.programme();
            return new ProgrammeBody(
                    v.code(),
                    v.owner().regionCode(),
                    v.name(),
                    v.displayName(),
                    v.aliases(),
                    stageNames(v),
                    v.semesters().name(),
                    v.kind().name(),
                    v.fundingLevel().name(),
                    v.firstTerm().code(),
                    termCode(v.lastTerm()),
                    v.active(),
                    p.paysThisTerm(),
                    p.fit().name(),
                    p.tiers().stream().map(StandardBody::of).toList());
        }
    }

    record StandardBody(
            String tierCode,
            String tierLabel,
            String validFrom,
            Money amount,
            Money minimum,
            Money maximum,
            boolean withdrawn,
            String source,
            String note,
            String recordedAt,
            String recordedBy,
            String approvedBy,
            String supersededAt,
            String supersededBy) {

        static StandardBody of(Standard s) {
            return new StandardBody(
                    s.tier().code(),
                    s.tier().label(),
                    s.validFrom().code(),
                    s.amount(),
                    s.minimum(),
                    s.maximum(),
                    s.withdrawn(),
                    s.source(),
                    s.note(),
                    text(s.recordedAt()),
                    s.recordedBy(),
                    s.approvedBy(),
                    text(s.supersededAt()),
                    s.supersededBy());
        }
    }

    record DetailBody(
            String code,
            String owner,
            String name,
            String displayName,
            List<String> aliases,
            List<String> stages,
            String semesters,
            String kind,
            String fundingLevel,
            String firstTerm,
            String lastTerm,
            boolean active,
            String source,
            String note,
            int version,
            List<StandardBody> history) {

        static DetailBody of(ProgrammeDetail detail) {
            ProgrammeView v = detail.programme();
            return new DetailBody(
                    v.code(),
                    v.owner().regionCode(),
                    v.name(),
                    v.displayName(),
                    v.aliases(),
                    stageNames(v),
                    v.semesters().name(),
                    v.kind().name(),
                    v.fundingLevel().name(),
                    v.firstTerm().code(),
                    termCode(v.lastTerm()),
                    v.active(),
                    v.source(),
                    v.note(),
                    v.version(),
                    detail.history().stream().map(StandardBody::of).toList());
        }
    }

    record StandardsBody(
            String code,
            String term,
            String termLabel,
            String recordedAt,
            boolean paysThisTerm,
            String termFit,
            List<StandardBody> tiers) {

        static StandardsBody of(Catalogue catalogue, ProgrammeInForce p) {
            return new StandardsBody(
                    p.code(),
                    catalogue.term().code(),
                    catalogue.term().label(),
                    text(catalogue.recordedAt()),
                    p.paysThisTerm(),
                    p.fit().name(),
                    p.tiers().stream().map(StandardBody::of).toList());
        }
    }

    record CheckBody(
            boolean passed,
            String rule,
            String column,
            String message,
            String programmeCode,
            String tierCode,
            Money catalogueAmount) {

        static CheckBody of(StandardCheck check) {
            return new CheckBody(
                    check.passed(),
                    check.passed() ? null : check.rule().name(),
                    check.passed() ? null : check.rule().column().name(),
                    check.message(),
                    check.programme() == null ? null : check.programme().code(),
                    check.standard() == null ? null : check.standard().tier().code(),
                    check.catalogueAmount());
        }
    }

    /** A new standard sent to the API, with the version of the programme it was read at. */
    record StandardRequest(
            String tier,
            String tierLabel,
            String validFrom,
            String amount,
            String minimum,
            String maximum,
            Boolean withdraw,
            String note,
            String source,
            Integer version) {}

    private static List<String> stageNames(ProgrammeView v) {
        return v.stages().stream().sorted().map(Stage::name).toList();
    }

    private static String termCode(Term term) {
        return term == null ? null : term.code();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
