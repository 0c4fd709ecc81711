package com.aidloop.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term (学期). Autumn terms open a school year: 2026年秋季学期 belongs to the
 * 2026-2027学年, 2027年春季学期 to the same school year. Terms run from 2000 to 2100.
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
            return new Term(Integer.parseInt(m.group(1)), m.group(2).equals("SPRING") ? Semester.SPRING : Semester.AUTUMN);
        }
        m = SCHOOL_YEAR_TERM.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            boolean first = m.group(3).equals("一") || m.group(3).equals("1");
            return first ? new Term(Integer.parseInt(m.group(1)), Semester.AUTUMN)
                    : new Term(Integer.parseInt(m.group(2)), Semester.SPRING);
        }
        throw new InvalidValue("term.format", Text.normalize(raw));
    }

    /** The school year this term belongs to, e.g. "2026-2027学年". */
    public String schoolYear() {
        int start = semester == Semester.AUTUMN ? year : year - 1;
        return start + "-" + (start + 1) + "学年";
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
