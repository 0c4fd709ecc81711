package com.aidloop.disbursement.progress;

import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The term running on a day (autumn September–January, spring February–August) and the terms before it. */
public final class PayoutTerms {

    private PayoutTerms() {}

    public static Term current(LocalDate today) {
        int month = today.getMonthValue();
        if (month >= 9) {
            return new Term(today.getYear(), Term.Semester.AUTUMN);
        }
        if (month == 1) {
            return new Term(today.getYear() - 1, Term.Semester.AUTUMN);
        }
        return new Term(today.getYear(), Term.Semester.SPRING);
    }

    public static Term previous(Term term) {
        return term.semester() == Term.Semester.AUTUMN ? new Term(term.year(), Term.Semester.SPRING)
                : new Term(term.year() - 1, Term.Semester.AUTUMN);
    }

    /** {@code count} terms ending with the one running today, latest first (never before 2000). */
    public static List<Term> upTo(LocalDate today, int count) {
        List<Term> terms = new ArrayList<>();
        Term term = current(today);
        for (int i = 0; i < count; i++) {
            terms.add(term);
            if (term.year() == 2000 && term.semester() == Term.Semester.SPRING) {
                break;
            }
            term = previous(term);
        }
        return terms;
    }
}
