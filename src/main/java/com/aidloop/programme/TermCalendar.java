package com.aidloop.programme;

import com.aidloop.shared.Term;
import com.aidloop.shared.Term.Semester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which term a date falls in, and the terms around it. The spring term runs February to July,
 * the autumn term August to January (a January date still belongs to the previous autumn).
 */
public final class TermCalendar {

    private TermCalendar() {}

    public static Term termOn(LocalDate date) {
        int month = date.getMonthValue();
        if (month == 1) {
            return new Term(date.getYear() - 1, Semester.AUTUMN);
        }
        return new Term(date.getYear(), month <= 7 ? Semester.SPRING : Semester.AUTUMN);
    }

    public static Term next(Term term) {
        return term.semester() == Semester.SPRING
                ? new Term(term.year(), Semester.AUTUMN)
                : new Term(term.year() + 1, Semester.SPRING);
    }

    public static Term previous(Term term) {
        return term.semester() == Semester.AUTUMN
                ? new Term(term.year(), Semester.SPRING)
                : new Term(term.year() - 1, Semester.AUTUMN);
    }

    /** The terms from {@code last} back to {@code first}, newest first, for choice lists. */
    public static List<Term> newestFirst(Term first, Term last) {
        List<Term> terms = new ArrayList<>();
        for (Term t = last; t.compareTo(first) >= 0; t = previous(t)) {
            terms.add(t);
        }
        return terms;
    }
}
