package com.aidloop.award.web;

import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The terms offered for imports: the current one (in China's calendar) and those around it. */
final class Terms {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Terms() {}

    /** Autumn terms run from August to January, spring terms from February to July. */
    static Term current() {
        LocalDate today = LocalDate.now(CHINA);
        int month = today.getMonthValue();
        if (month >= 8) {
            return new Term(today.getYear(), Term.Semester.AUTUMN);
        }
        return month >= 2 ? new Term(today.getYear(), Term.Semester.SPRING) : new Term(today.getYear() - 1, Term.Semester.AUTUMN);
    }

    /** Two terms back to one ahead, newest first. */
    static List<Term> choices() {
        return choices(current());
    }

    /**
     * Two terms back to one ahead, and the chosen term where it lies outside them (a link to the
     * form for an earlier term), newest first.
     */
    static List<Term> choices(Term chosen) {
        Term current = current();
        List<Term> terms = new ArrayList<>();
        terms.add(next(current));
        terms.add(current);
        Term t = current;
        for (int i = 0; i < 3; i++) {
            t = previous(t);
            terms.add(t);
        }
        if (!terms.contains(chosen)) {
            terms.add(chosen);
            terms.sort(Comparator.reverseOrder());
        }
        return terms;
    }

    private static Term next(Term t) {
        return t.semester() == Term.Semester.SPRING ? new Term(t.year(), Term.Semester.AUTUMN) : new Term(t.year() + 1, Term.Semester.SPRING);
    }

    private static Term previous(Term t) {
        return t.semester() == Term.Semester.AUTUMN ? new Term(t.year(), Term.Semester.SPRING) : new Term(t.year() - 1, Term.Semester.AUTUMN);
    }
}
