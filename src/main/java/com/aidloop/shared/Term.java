package com.aidloop.shared;

/**
 * A school term (学期). Autumn terms open a school year: 2026年秋季学期 belongs to the
 * 2026-2027学年, 2027年春季学期 to the same school year.
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
            throw new InvalidValue("term.format", year);
        }
    }

    /** Parses "2026年秋季学期", "2026秋", "2026-AUTUMN" and the like. */
    public static Term parse(String raw) {
        String s = Text.compact(raw).toUpperCase();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{4})年?(春|秋|SPRING|AUTUMN|FALL)?.*").matcher(s.replace("-", ""));
        if (!m.matches() || m.group(2) == null) {
            throw new InvalidValue("term.format", s);
        }
        Semester semester = switch (m.group(2)) {
            case "春", "SPRING" -> Semester.SPRING;
            default -> Semester.AUTUMN;
        };
        return new Term(Integer.parseInt(m.group(1)), semester);
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
