package com.aidloop.identification.figures;

/**
 * Three-party review (三方会审) in one township (the reviewing township: the student's household's,
 * or the school's when the student has no village) in a school year: how many applications wait at
 * the village, the township and the county, how many the county approved, how many were returned
 * to the school, and how many of the waiting ones are past their step's deadline.
 */
public record ReviewProgressRow(
        String code,
        String name,
        long village,
        long township,
        long county,
        long approved,
        long returned,
        long overdue) {

    static ReviewProgressRow empty(String code, String name) {
        return new ReviewProgressRow(code, name, 0, 0, 0, 0, 0, 0);
    }

    /** Waiting at one of the three steps. */
    public long waiting() {
        return village + township + county;
    }

    /** Every application sent to the review. */
    public long sent() {
        return waiting() + approved + returned;
    }

    ReviewProgressRow plus(ReviewProgressRow other) {
        return new ReviewProgressRow(
                code,
                name,
                village + other.village,
                township + other.township,
                county + other.county,
                approved + other.approved,
                returned + other.returned,
                overdue + other.overdue);
    }

    ReviewProgressRow named(String name) {
        return new ReviewProgressRow(code, name, village, township, county, approved, returned, overdue);
    }
}
