package com.aidloop.identification.threeparty.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewReturn;
import com.aidloop.identification.threeparty.domain.ReviewRouting;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores three-party reviews ({@code identification_three_party_review}, V74), one per
 * application. An update checks the version it read, so two reviewers never overwrite each other.
 * Every read names the caller's scope ({@link ScopeFilter#threePartyReviews}).
 */
@Repository
public class ThreePartyStore {

    private final JdbcClient jdbc;

    ThreePartyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One review the scope holds. */
    public Optional<ThreePartyReview> find(long applicationId, DataScope scope) {
        return jdbc.sql("SELECT * FROM identification_three_party_review r WHERE r.application_id = :id AND "
                        + ScopeFilter.threePartyReviews("r"))
                .params(ScopeFilter.params(scope))
                .param("id", applicationId)
                .query(ThreePartyStore::review)
                .optional();
    }

    /** The review of an application, whoever reads it (the school's decision restarting it). */
    public Optional<ThreePartyReview> ofApplication(long applicationId) {
        return jdbc.sql("SELECT * FROM identification_three_party_review r WHERE r.application_id = :id")
                .param("id", applicationId)
                .query(ThreePartyStore::review)
                .optional();
    }

    /** The school's name and the village's name (or null) of a review, for its page. */
    public List<String> names(long applicationId) {
        return jdbc.sql("""
                        SELECT s.name, (SELECT d.name FROM region_division d WHERE d.code = r.village_code)
                          FROM identification_three_party_review r JOIN school_school s ON s.id = r.school_id
                         WHERE r.application_id = :id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(java.util.Arrays.asList("", null));
    }

    /** Inserts a new review. */
    public void insert(ThreePartyReview r) {
        Map<String, Object> p = columns(r);
        ReviewRouting route = r.routing();
        p.put("id", r.applicationId());
        p.put("school", route.schoolId());
        p.put("schoolTownship", route.schoolTownshipCode());
        p.put("township", route.townshipCode());
        p.put("village", route.villageCode());
        p.put("county", route.countyCode());
        p.put("bySchool", route.routedBySchool());
        p.put("stage", route.stage());
        jdbc.sql("""
                        INSERT INTO identification_three_party_review (application_id, school_id, school_township_code,
                               township_code, village_code, county_code, routed_by_school, stage, step, step_since, round,
                               village_verdict, village_note, village_by, village_at, visit_method, visit_date, visit_by,
                               visit_finding, township_note, township_by, township_at, approved_by, approved_at,
                               return_reason, returned_from, returned_to, returned_by, returned_at)
                        VALUES (:id, :school, :schoolTownship, :township, :village, :county, :bySchool, :stage, :step,
                               :since, :round, :verdict, :villageNote, :villageBy, :villageAt, :visitMethod, :visitDate,
                               :visitBy, :visitFinding, :townshipNote, :townshipBy, :townshipAt, :approvedBy, :approvedAt,
                               :returnReason, :returnedFrom, :returnedTo, :returnedBy, :returnedAt)
                        """).params(p).update();
    }

    /** Writes the review's changes; false when someone changed it since it was read. */
    public boolean update(ThreePartyReview r) {
        Map<String, Object> p = columns(r);
        p.put("id", r.applicationId());
        p.put("version", r.version());
        return jdbc.sql("""
                        UPDATE identification_three_party_review
                           SET version = version + 1, step = :step, step_since = :since, round = :round,
                               village_verdict = :verdict, village_note = :villageNote, village_by = :villageBy,
                               village_at = :villageAt, visit_method = :visitMethod, visit_date = :visitDate,
                               visit_by = :visitBy, visit_finding = :visitFinding, township_note = :townshipNote,
                               township_by = :townshipBy, township_at = :townshipAt, approved_by = :approvedBy,
                               approved_at = :approvedAt, return_reason = :returnReason, returned_from = :returnedFrom,
                               returned_to = :returnedTo, returned_by = :returnedBy, returned_at = :returnedAt
                         WHERE application_id = :id AND version = :version
                        """).params(p).update() == 1;
    }

    /** Keeps a return in the history, in the round it happened. */
    public void addReturn(long applicationId, int round, ReviewReturn back) {
        jdbc.sql("""
                        INSERT INTO identification_three_party_return
                               (application_id, round, returned_from, returned_to, reason, returned_by, returned_at)
                        VALUES (:id, :round, :from, :to, :reason, :by, :at)
                        """)
                .param("id", applicationId)
                .param("round", round)
                .param("from", back.from().name())
                .param("to", back.to().name())
                .param("reason", back.reason())
                .param("by", back.by())
                .param("at", Timestamp.from(back.at()))
                .update();
    }

    private static Map<String, Object> columns(ThreePartyReview r) {
        Map<String, Object> p = new HashMap<>();
        p.put("step", r.step().name());
        p.put("since", Timestamp.from(r.stepSince()));
        p.put("round", r.round());
        VillageCheck v = r.village();
        HomeVisit visit = v == null ? null : v.visit();
        p.put("verdict", v == null ? null : v.verdict().name());
        p.put("villageNote", v == null ? null : v.note());
        p.put("villageBy", v == null ? null : v.by());
        p.put("villageAt", v == null ? null : Timestamp.from(v.at()));
        p.put("visitMethod", visit == null ? null : visit.method().name());
        p.put("visitDate", visit == null ? null : Date.valueOf(visit.date()));
        p.put("visitBy", visit == null ? null : visit.visitor());
        p.put("visitFinding", visit == null ? null : visit.finding());
        p.put("townshipNote", r.townshipNote());
        p.put("townshipBy", r.townshipBy());
        p.put("townshipAt", timestamp(r.townshipAt()));
        p.put("approvedBy", r.approvedBy());
        p.put("approvedAt", timestamp(r.approvedAt()));
        ReviewReturn back = r.lastReturn();
        p.put("returnReason", back == null ? null : back.reason());
        p.put("returnedFrom", back == null ? null : back.from().name());
        p.put("returnedTo", back == null ? null : back.to().name());
        p.put("returnedBy", back == null ? null : back.by());
        p.put("returnedAt", back == null ? null : timestamp(back.at()));
        return p;
    }

    static ThreePartyReview review(ResultSet rs, int n) throws SQLException {
        ReviewRouting routing = new ReviewRouting(
                rs.getLong("school_id"),
                rs.getString("school_township_code"),
                rs.getString("township_code"),
                rs.getString("village_code"),
                rs.getBoolean("routed_by_school"),
                rs.getString("stage"));
        VillageCheck village = null;
        if (rs.getString("village_verdict") != null) {
            HomeVisit visit = rs.getString("visit_method") == null
                    ? null
                    : new HomeVisit(
                            VisitMethod.valueOf(rs.getString("visit_method")),
                            rs.getDate("visit_date").toLocalDate(),
                            rs.getString("visit_by"),
                            rs.getString("visit_finding"));
            village = new VillageCheck(
                    VillageVerdict.valueOf(rs.getString("village_verdict")),
                    rs.getString("village_note"),
                    visit,
                    rs.getString("village_by"),
                    instant(rs, "village_at"));
        }
        ReviewReturn back = rs.getString("returned_from") == null
                ? null
                : new ReviewReturn(
                        ReviewStep.valueOf(rs.getString("returned_from")),
                        ReturnTarget.valueOf(rs.getString("returned_to")),
                        rs.getString("return_reason"),
                        rs.getString("returned_by"),
                        instant(rs, "returned_at"));
        return ThreePartyReview.restore(
                rs.getLong("application_id"),
                rs.getInt("version"),
                routing,
                new ThreePartyReview.Stored(
                        ReviewStep.valueOf(rs.getString("step")),
                        instant(rs, "step_since"),
                        rs.getInt("round"),
                        village,
                        rs.getString("township_note"),
                        rs.getString("township_by"),
                        instant(rs, "township_at"),
                        rs.getString("approved_by"),
                        instant(rs, "approved_at"),
                        back));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
