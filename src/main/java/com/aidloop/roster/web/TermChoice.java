package com.aidloop.roster.web;

import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The term a page or API call is about: the one asked for ("2026-AUTUMN", "2026年秋季学期"), or
 * the term now running (autumn from September to January, spring from February to August), and
 * the terms the selector offers.
 */
final class TermChoice {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int EARLIER_TERMS = 5;

    private TermChoice() {}

    /** The term asked for, or the current one when nothing is asked; an unreadable term is an {@code InvalidValue}. */
    static Term of(String raw) {
        return raw == null || raw.isBlank() ? current(LocalDate.now(CHINA)) : Term.parse(raw);
    }

    static Term current(LocalDate today) {
        int month = today.getMonthValue();
        if (month >= 9) {
            return new Term(today.getYear(), Term.Semester.AUTUMN);
        }
        if (month == 1) {
            return new Term(today.getYear() - 1, Term.Semester.AUTUMN);
        }
        return new Term(today.getYear(), Term.Semester.SPRING);
    }

    /** The current term, the one after it and a few before, plus the chosen one; latest first. */
    static List<Term> choices(Term chosen) {
        TreeSet<Term> terms = new TreeSet<>();
        Term term = next(current(LocalDate.now(CHINA)));
        for (int i = 0; i <= EARLIER_TERMS + 1; i++) {
            terms.add(term);
            term = previous(term);
        }
        terms.add(chosen);
        return new ArrayList<>(terms.descendingSet());
    }

    private static Term next(Term term) {
        return term.semester() == Term.Semester.SPRING ? new Term(term.year(), Term.Semester.AUTUMN) : new Term(term.year() + 1, Term.Semester.SPRING);
    }

    private static Term previous(Term term) {
        return term.semester() == Term.Semester.AUTUMN ? new Term(term.year(), Term.Semester.SPRING) : new Term(term.year() - 1, Term.Semester.AUTUMN);
    }
}
