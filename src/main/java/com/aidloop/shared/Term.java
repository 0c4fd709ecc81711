package com.aidloop.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term (学期). Autumn terms open a school year: 2026年秋季学期 belongs to the
 * 2026-2027学年, 2027年春季学期 to the same school year. Terms run from 2000 to 2100.
 *
 * <p>The platform's one calendar rule: the spring term runs from February to July, the autumn
 * term from August to January (August belongs to the coming autumn term, when its awards are
 * prepared; a January date still belongs to the autumn term before it).
 */
public record Term(int year, Semester semester) implements Comparable<Term> {

    public enum Semester {
        SPRING("春季"),
        AUTUMN("秋季");

        private final String label;

        Semester(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Term {
        if (year < 2000 || year > 2100 || semester == null) {
            throw new InvalidValue("term.format", String.valueOf(year));
        }
    }

    private static final Pattern TERM = Pattern.compile("(\\d{4})年?(春|秋)季?(学期)?");
    private static final Pattern CODE = Pattern.compile("(\\d{4})(SPRING|AUTUMN|FALL)");
    private static final Pattern SCHOOL_YEAR_TERM = Pattern.compile("(\\d{4})(\\d{4})学年第?(一|二|1|2)学期");

    /**
     * Parses "2026年秋季学期", "2026秋", "2026-AUTUMN" and "2026-2027学年第一学期" (the first term
     * of a school year is the autumn term, the second the following spring).
     */
    public static Term parse(String raw) {
        String s = Text.compact(raw).toUpperCase(Locale.ROOT);
        Matcher m = TERM.matcher(s);
        if (m.matches()) {
            return new Term(Integer.parseInt(m.group(1)), m.group(2).equals("春") ? Semester.SPRING : Semester.AUTUMN);
        }
        m = CODE.matcher(s);
        if (m.matches()) {
            return new Term(
                    Integer.parseInt(m.group(1)), m.group(2).equals("SPRING") ? Semester.SPRING : Semester.AUTUMN);
        }
        m = SCHOOL_YEAR_TERM.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            boolean first = m.group(3).equals("一") || m.group(3).equals("1");
            return first
                    ? new Term(Integer.parseInt(m.group(1)), Semester.AUTUMN)
                    : new Term(Integer.parseInt(m.group(2)), Semester.SPRING);
        }
        throw new InvalidValue("term.format", Text.normalize(raw));
    }

    private static final Term FIRST = new Term(2000, Semester.SPRING);
    private static final Term LAST = new Term(2100, Semester.AUTUMN);

    /** The term a date falls in: spring from February to July, autumn from August to January. */
    public static Term of(LocalDate date) {
        int month = date.getMonthValue();
        if (month == 1) {
            return new Term(date.getYear() - 1, Semester.AUTUMN);
        }
        return new Term(date.getYear(), month <= 7 ? Semester.SPRING : Semester.AUTUMN);
    }

    /** The term running today by the clock, in the clock's zone. */
    public static Term current(Clock clock) {
        return of(LocalDate.now(clock));
    }

    public Term next() {
        return semester == Semester.SPRING ? new Term(year, Semester.AUTUMN) : new Term(year + 1, Semester.SPRING);
    }

    public Term previous() {
        return semester == Semester.AUTUMN ? new Term(year, Semester.SPRING) : new Term(year - 1, Semester.AUTUMN);
    }

    /** The terms from {@code last} back to {@code first}, newest first, as choice lists show them. */
    public static List<Term> newestFirst(Term first, Term last) {
        List<Term> terms = new ArrayList<>();
        for (Term t = last; t.compareTo(first) >= 0; t = t.previous()) {
            terms.add(t);
            if (t.equals(FIRST)) {
                break;
            }
        }
        return terms;
    }

    /**
     * The terms a page offers around this one: {@code before} terms back to {@code after} ahead,
     * newest first, never beyond the terms the platform knows (2000 to 2100).
     */
    public List<Term> around(int before, int after) {
        Term first = this;
        for (int i = 0; i < before && !first.equals(FIRST); i++) {
            first = first.previous();
        }
        Term last = this;
        for (int i = 0; i < after && !last.equals(LAST); i++) {
            last = last.next();
        }
        return newestFirst(first, last);
    }

    /** {@link #around} this term, and the chosen term in its place where it lies outside them, newest first. */
    public List<Term> around(int before, int after, Term chosen) {
        List<Term> terms = new ArrayList<>(around(before, after));
        if (chosen != null && !terms.contains(chosen)) {
            terms.add(chosen);
            terms.sort(Comparator.reverseOrder());
        }
        return terms;
    }

    /** The term written, or {@code fallback} when nothing or something unreadable is written (a page's lenient filter). */
    public static Term parseOr(String raw, Term fallback) {
        try {
            return raw == null || raw.isBlank() ? fallback : parse(raw);
        } catch (InvalidValue unreadable) {
            return fallback;
        }
    }

    /** The school year this term belongs to, e.g. "2026-2027学年". */
    public String schoolYear() {
        int start = schoolYearStart();
        return start + "-" + (start + 1) + "学年";
    }

    /** The two terms of this term's school year: the autumn term that opens it and the spring term after. */
    public List<Term> schoolYearTerms() {
        int start = schoolYearStart();
        return List.of(new Term(start, Semester.AUTUMN), new Term(start + 1, Semester.SPRING));
    }

    private int schoolYearStart() {
        return semester == Semester.AUTUMN ? year : year - 1;
    }

    public String label() {
        return year + "年" + semester.label() + "学期";
    }

    /** A stable code such as "2026-AUTUMN" for URLs, API fields and storage. */
    public String code() {
        return year + "-" + semester.name();
    }

    @Override
    public int compareTo(Term other) {
        return year != other.year ? Integer.compare(year, other.year) : semester.compareTo(other.semester);
    }

    @Override
    public String toString() {
        return label();
    }
}
