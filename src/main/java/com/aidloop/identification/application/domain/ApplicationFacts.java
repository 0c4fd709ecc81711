package com.aidloop.identification.application.domain;

/**
 * What an application is about and never changes: the student, the school and class it is
 * reviewed in, the school year (2026 for 2026学年), and how it was entered.
 *
 * @param schoolTownshipCode the township of the school, which scopes who sees the application
 * @param enteredBy the username of whoever entered it (a school officer for a paper form)
 */
public record ApplicationFacts(
        long studentId,
        String studentName,
        long schoolId,
        String schoolTownshipCode,
        String grade,
        String className,
        int schoolYear,
        Source source,
        String enteredBy) {

    public ApplicationFacts {
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw new IllegalArgumentException("a school year between 2000 and 2100");
        }
        className = className == null ? "" : className.strip();
        grade = grade == null ? "" : grade.strip();
    }

    /** The school year as people write it: 2026学年. */
    public String schoolYearLabel() {
        return schoolYear + "学年";
    }

    public String countyCode() {
        return schoolTownshipCode.substring(0, 6);
    }
}
