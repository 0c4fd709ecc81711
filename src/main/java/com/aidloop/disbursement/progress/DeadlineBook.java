package com.aidloop.disbursement.progress;

import com.aidloop.disbursement.DeadlineRule;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which deadline applies to a programme and term, from a province's recorded rules. The spring
 * deadline is national, 31 May of the term's year. The autumn deadline is the province's: the
 * latest rule for the programme in effect for the term (greatest valid-from term not after it,
 * then the latest recorded), else the latest province-wide rule, else 31 December.
 */
public final class DeadlineBook {

    private final List<DeadlineRule> rules;

    public DeadlineBook(List<DeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public LocalDate deadlineFor(String programmeCode, Term term) {
        if (term.semester() == Term.Semester.SPRING) {
            return LocalDate.of(term.year(), 5, 31);
        }
        return ruleFor(programmeCode, term)
                .map(rule -> rule.deadlineOf(term))
                .orElse(LocalDate.of(term.year(), 12, 31));
    }

    /** The rule that decides an autumn term's deadline, if any was recorded. */
    public Optional<DeadlineRule> ruleFor(String programmeCode, Term term) {
        if (term.semester() == Term.Semester.SPRING) {
            return Optional.empty();
        }
        Comparator<DeadlineRule> latest =
                Comparator.comparing(DeadlineRule::validFrom).thenComparing(DeadlineRule::id);
        Optional<DeadlineRule> forProgramme = rules.stream()
                .filter(r -> programmeCode != null
                        && programmeCode.equals(r.programmeCode())
                        && r.validFrom().compareTo(term) <= 0)
                .max(latest);
        if (forProgramme.isPresent()) {
            return forProgramme;
        }
        return rules.stream()
                .filter(r -> r.programmeCode() == null && r.validFrom().compareTo(term) <= 0)
                .max(latest);
    }
}
