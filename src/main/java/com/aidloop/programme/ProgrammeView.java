package com.aidloop.programme;

import com.aidloop.school.Stage;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A programme as pages, the API and other modules read it, without its standards.
 *
 * @param owner the country, province or county the programme belongs to, and applies in
 * @param aliases other names rosters use for it, e.g. 普高国家助学金
 * @param firstTerm the first term it pays in
 * @param lastTerm the last term it pays in once it was deactivated, or null
 * @param deactivatedAt when it was deactivated, or null while active
 * @param source where its rules and amounts come from, e.g. the brief's source codes [S2,S5]
 * @param version the optimistic-locking version an edit must send back
 */
public record ProgrammeView(
        long id,
        CatalogueOwner owner,
        String code,
        String name,
        List<String> aliases,
        Set<Stage> stages,
        Semesters semesters,
        ProgrammeKind kind,
        FundingLevel fundingLevel,
        Term firstTerm,
        Term lastTerm,
        Instant deactivatedAt,
        String deactivatedBy,
        String source,
        String note,
        Instant createdAt,
        String createdBy,
        int version) {

    public ProgrammeView {
        aliases = List.copyOf(aliases);
        stages = Set.copyOf(stages);
    }

    public boolean active() {
        return deactivatedAt == null;
    }

    public boolean appliesTo(Stage stage) {
        return stages.contains(stage);
    }

    /** The stages in their natural order as Chinese labels, e.g. "小学、初中". */
    public String stageLabels() {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }

    /** The name with its stages, to tell apart programmes of the same name: "国家助学金（普通高中）". */
    public String displayName() {
        return name + "（" + stageLabels() + "）";
    }

    public String aliasText() {
        return String.join("、", aliases);
    }

    /** Whether the programme pays in a term, and if not, why not (before standards are looked at). */
    public TermFit fit(Term term) {
        if (term.compareTo(firstTerm) < 0) {
            return TermFit.BEFORE_FIRST_TERM;
        }
        if (lastTerm != null && term.compareTo(lastTerm) > 0) {
            return TermFit.AFTER_LAST_TERM;
        }
        if (!semesters.includes(term)) {
            return TermFit.WRONG_SEMESTER;
        }
        return TermFit.FITS;
    }

    /** Whether a programme pays in a term; the reasons why not have their own messages. */
    public enum TermFit {
        FITS,
        BEFORE_FIRST_TERM,
        AFTER_LAST_TERM,
        WRONG_SEMESTER,
        NO_STANDARD
    }
}
