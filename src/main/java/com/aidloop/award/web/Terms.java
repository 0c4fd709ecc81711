package com.aidloop.award.web;

import com.aidloop.programme.TermCalendar;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The terms offered on the import and confirmation pages: the current one (in China's calendar) and those around it. */
final class Terms {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Terms() {}

    static Term current() {
        return TermCalendar.termOn(LocalDate.now(CHINA));
    }

    /** The term a page was asked for, or the current one when none or an unreadable one was given. */
    static Term chosenOrCurrent(String term) {
        try {
            return term == null || term.isBlank() ? current() : Term.parse(term);
        } catch (InvalidValue unreadable) {
            return current();
        }
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
        List<Term> terms = new ArrayList<>(TermCalendar.newestFirst(
                TermCalendar.previous(TermCalendar.previous(TermCalendar.previous(current))), TermCalendar.next(current)));
        if (!terms.contains(chosen)) {
            terms.add(chosen);
            terms.sort(Comparator.reverseOrder());
        }
        return terms;
    }
}
