package com.aidloop.identification.figures;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.application.domain.ApplicationStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identification figures counted in the database: applications of a school year by the
 * school's township, school and grade (the stage follows from the school and the grade), and
 * three-party reviews by reviewing township and step. Always within the caller's data scope and
 * the chosen region.
 */
@Repository
class FigureStore {

    /** The applications of one school and grade: made, and finally decided at each level. */
    record Counted(String townshipCode, long schoolId, String grade, FigureRow counts) {}

    /** How many days each waiting step may take in one county (its three-party settings). */
    /** A county's steps are overdue when entered before these moments ({@code StepDeadlines#overdueIfEnteredBefore}). */
    record Deadlines(String countyCode, Instant village, Instant township, Instant county) {}

    /** Applications not (or no longer) made: a draft the family has not submitted, or withdrawn. */
    private static final List<String> NOT_APPLIED =
            List.of(ApplicationStatus.DRAFT.name(), ApplicationStatus.WITHDRAWN.name());

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applications of the school year in the scope and region, counted by township, school and grade. */
    List<Counted> applications(DataScope scope, int schoolYear, String region) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(region));
        p.put("year", schoolYear);
        p.put("notApplied", NOT_APPLIED.toArray(String[]::new));
        p.put("decided", ApplicationStatus.finallyDecidedNames().toArray(String[]::new));
        return jdbc.sql("""
                        SELECT a.school_township_code, a.school_id, a.grade, count(*) AS applied,
                               count(*) FILTER (WHERE a.status = ANY(:decided) AND a.decided_level = 'SPECIAL') AS special,
                               count(*) FILTER (WHERE a.status = ANY(:decided) AND a.decided_level = 'FAIRLY') AS fairly,
                               count(*) FILTER (WHERE a.status = ANY(:decided) AND a.decided_level = 'GENERAL') AS general,
                               count(*) FILTER (WHERE a.status = ANY(:decided) AND a.decided_level = 'NOT_DIFFICULT') AS not_difficult
                          FROM identification_application a
                         WHERE a.school_year = :year AND a.status <> ALL(:notApplied)
                           AND """ + ScopeFilter.applications("a") + " AND " + ScopeFilter.applicationsWithin("a") + """
                         GROUP BY a.school_township_code, a.school_id, a.grade
                        """)
                .params(p)
                .query((rs, n) -> new Counted(
                        rs.getString("school_township_code"),
                        rs.getLong("school_id"),
                        rs.getString("grade"),
                        new FigureRow(
                                "",
                                "",
                                rs.getLong("applied"),
                                rs.getLong("special"),
                                rs.getLong("fairly"),
                                rs.getLong("general"),
                                rs.getLong("not_difficult"))))
                .list();
    }

    /** The counties whose three-party reviews of the school year lie in the scope and region. */
    List<String> reviewingCounties(DataScope scope, int schoolYear, String region) {
        return jdbc.sql("""
                        SELECT DISTINCT r.county_code
                          FROM identification_three_party_review r
                          JOIN identification_application a ON a.id = r.application_id
                         WHERE a.school_year = :year AND """ + reviewsIn() + " ORDER BY 1")
                .params(reviewParams(scope, schoolYear, region))
                .query(String.class)
                .list();
    }

    /**
     * The three-party reviews of the school year in the scope and region by reviewing township and
     * step; a waiting review is overdue once it is past its county's working days at its step.
     */
    List<ReviewProgressRow> reviews(DataScope scope, int schoolYear, String region, List<Deadlines> deadlines) {
        Map<String, Object> p = reviewParams(scope, schoolYear, region);
        p.put("counties", deadlines.stream().map(Deadlines::countyCode).toArray(String[]::new));
        p.put("villageBefore", timestamps(deadlines, Deadlines::village));
        p.put("townshipBefore", timestamps(deadlines, Deadlines::township));
        p.put("countyBefore", timestamps(deadlines, Deadlines::county));
        return jdbc.sql("""
                        SELECT r.township_code,
                               count(*) FILTER (WHERE r.step = 'VILLAGE') AS village,
                               count(*) FILTER (WHERE r.step = 'TOWNSHIP') AS township,
                               count(*) FILTER (WHERE r.step = 'COUNTY') AS county,
                               count(*) FILTER (WHERE r.step = 'APPROVED') AS approved,
                               count(*) FILTER (WHERE r.step = 'RETURNED_TO_SCHOOL') AS returned,
                               count(*) FILTER (WHERE r.step_since <
                                   CASE r.step WHEN 'VILLAGE' THEN d.village_before WHEN 'TOWNSHIP' THEN d.township_before
                                               WHEN 'COUNTY' THEN d.county_before END) AS overdue
                          FROM identification_three_party_review r
                          JOIN identification_application a ON a.id = r.application_id
                          LEFT JOIN unnest(CAST(:counties AS text[]), CAST(:villageBefore AS timestamptz[]),
                                           CAST(:townshipBefore AS timestamptz[]), CAST(:countyBefore AS timestamptz[]))
                                    AS d(county_code, village_before, township_before, county_before)
                                 ON d.county_code = r.county_code
                         WHERE a.school_year = :year AND """ + reviewsIn() + """
                         GROUP BY r.township_code
                         ORDER BY r.township_code
                        """)
                .params(p)
                .query((rs, n) -> new ReviewProgressRow(
                        rs.getString("township_code"),
                        "",
                        rs.getLong("village"),
                        rs.getLong("township"),
                        rs.getLong("county"),
                        rs.getLong("approved"),
                        rs.getLong("returned"),
                        rs.getLong("overdue")))
                .list();
    }

    private static Timestamp[] timestamps(
            List<Deadlines> deadlines, java.util.function.Function<Deadlines, Instant> step) {
        return deadlines.stream().map(step).map(Timestamp::from).toArray(Timestamp[]::new);
    }

    /** The school years that have applications in the scope, newest first. */
    List<Integer> schoolYears(DataScope scope) {
        return jdbc.sql("SELECT DISTINCT a.school_year FROM identification_application a WHERE "
                        + ScopeFilter.applications("a") + " ORDER BY 1 DESC")
                .params(ScopeFilter.params(scope))
                .query(Integer.class)
                .list();
    }

    private static String reviewsIn() {
        return ScopeFilter.threePartyReviews("r") + " AND " + ScopeFilter.threePartyReviewsWithin("r");
    }

    private static Map<String, Object> reviewParams(DataScope scope, int schoolYear, String region) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(region));
        p.put("year", schoolYear);
        return p;
    }
}
