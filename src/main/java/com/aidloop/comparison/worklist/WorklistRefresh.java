package com.aidloop.comparison.worklist;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Brings the worklists up to date after a matching run, on its transaction: the school year is
 * the one today falls in; siblings of listed families who are in no school are told apart by age
 * from their ID numbers. A sealed ID is opened here only to compute the age, once per school year:
 * the age (not the ID, not the birth date) is remembered by the registry's blind index, so a run
 * opens only the IDs of siblings it has not seen in the school year.
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
        Map<String, Integer> opened = new HashMap<>();
        for (WorklistRunStore.SiblingCandidate candidate : store.siblingCandidates(today, schoolYear)) {
            Integer age = candidate.age();
            if (!candidate.ageKnown()) {
                if (!opened.containsKey(candidate.idIndex())) {
                    opened.put(candidate.idIndex(), age(candidate.idNumberSealed(), schoolYear));
                }
                age = opened.get(candidate.idIndex());
            }
            if (age != null && rules.schoolAge(age)) {
                schoolAge.add(candidate.memberId());
            }
        }
        store.rememberAges(runId, schoolYear, opened);
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

    /** The age read from a sealed ID number; null for a passport or another document without one. */
    private Integer age(String sealed, int schoolYear) {
        try {
            return rules.ageOn(IdNumber.parse(sensitive.open(sealed)).birthDate(), schoolYear);
        } catch (InvalidValue notAnIdCardNumber) {
            return null;
        }
    }
}
