package com.aidloop.programme;

import com.aidloop.shared.Term;
import java.util.Map;
import java.util.Optional;

/**
 * The need-based programmes of one county in one term with what they ask of an award: an
 * immutable snapshot an import or a confirmation takes once.
 */
public record IdentificationRequirements(String countyCode, Term term, Map<String, IdentificationRequirement> byCode) {

    public IdentificationRequirements {
        byCode = Map.copyOf(byCode);
    }

    /** The programme's requirement, or empty when the programme is not need-based. */
    public Optional<IdentificationRequirement> of(String programmeCode) {
        return programmeCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(programmeCode));
    }

    /** The school year whose identifications the term's awards rest on, e.g. 2025 for 2026年春季学期. */
    public int schoolYear() {
        return schoolYearOf(term);
    }

    /** The school year (认定年度) a term belongs to: its autumn's calendar year. */
    public static int schoolYearOf(Term term) {
        return term.schoolYearTerms().getFirst().year();
    }
}
