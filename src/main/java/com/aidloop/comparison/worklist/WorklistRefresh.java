package com.aidloop.comparison.worklist;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Brings the worklists up to date after a matching run, on its transaction: the school year is
 * the one today falls in; siblings of listed families who are in no school are told apart by age
 * from their ID numbers (opened here only to compute the age, never stored or shown).
 */
@Component
public class WorklistRefresh {

    private final WorklistRunStore store;
    private final WorklistRules rules;
    private final SensitiveData sensitive;

    WorklistRefresh(WorklistRunStore store, WorklistRules rules, SensitiveData sensitive) {
        this.store = store;
        this.rules = rules;
        this.sensitive = sensitive;
    }

    /** What the run did to the worklists: new (or due again), ended, stayed. */
    public record Changes(int added, int ended, int stayed) {}

    public Changes after(long runId, LocalDate today) {
        List<Term> terms = Term.of(today).schoolYearTerms();
        int schoolYear = terms.getFirst().year();
        List<Long> schoolAge = new ArrayList<>();
        for (WorklistRunStore.SiblingCandidate candidate : store.siblingCandidates(today)) {
            try {
                LocalDate birth = IdNumber.parse(sensitive.open(candidate.idNumberSealed()))
                        .birthDate();
                if (rules.schoolAge(birth, schoolYear)) {
                    schoolAge.add(candidate.memberId());
                }
            } catch (InvalidValue notAnIdCardNumber) {
                // a passport or other document: no age to read, not a worklist item
            }
        }
        WorklistRunStore.Counts counts = store.run(
                runId,
                today,
                schoolYear,
                terms.stream().map(Term::code).toList(),
                WorklistRules.recentTerms(today).stream().map(Term::code).toList(),
                rules,
                schoolAge);
        return new Changes(counts.added(), counts.ended(), counts.stayed());
    }
}
