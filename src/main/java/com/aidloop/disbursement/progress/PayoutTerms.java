package com.aidloop.disbursement.progress;

import com.aidloop.programme.TermCalendar;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The terms a payout overview looks back on, by the platform's one term calendar ({@link TermCalendar}). */
public final class PayoutTerms {

    private PayoutTerms() {}

    /** {@code count} terms ending with the one running today, latest first (never before 2000). */
    public static List<Term> upTo(LocalDate today, int count) {
        List<Term> terms = new ArrayList<>();
        Term term = TermCalendar.termOn(today);
        for (int i = 0; i < count; i++) {
            terms.add(term);
            if (term.year() == 2000 && term.semester() == Term.Semester.SPRING) {
                break;
            }
            term = TermCalendar.previous(term);
        }
        return terms;
    }
}
