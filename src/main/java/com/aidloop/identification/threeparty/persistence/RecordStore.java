package com.aidloop.identification.threeparty.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.RecordFilter;
import com.aidloop.identification.threeparty.ReviewRecord;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewReturn;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The printed review records: the reviews in the caller's scope with their student (the masked ID
 * number only), school, decision and every step's finding, and the history of returns
 * ({@code identification_three_party_return}, V87, written by {@link ThreePartyStore#addReturn}).
 */
@Repository
public class RecordStore {

    private static final String SELECT = """
            SELECT r.application_id, a.student_name, st.id_number_masked, s.name AS school_name, a.grade,
                   a.class_name, a.school_year, r.routed_by_school,
                   (SELECT d.name FROM region_division d WHERE d.code = r.village_code) AS village_name,
                   (SELECT d.name FROM region_division d WHERE d.code = r.township_code) AS township_name,
                   a.suggested_level, a.decided_level, a.decided_by, a.decided_at, r.step, r.round,
                   r.village_verdict, r.village_note, r.village_by, r.village_at, r.visit_method, r.visit_date,
                   r.visit_by, r.township_note, r.township_by, r.township_at, r.approved_by, r.approved_at
              FROM identification_three_party_review r
              JOIN identification_application a ON a.id = r.application_id
              JOIN school_school s ON s.id = r.school_id
              JOIN registry_student st ON st.id = a.student_id
            """;

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record of one review the scope holds, without its returns. */
    public List<ReviewRecord> one(long applicationId, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE r.application_id = :id AND " + ScopeFilter.threePartyReviews("r"))
                .params(ScopeFilter.params(scope))
                .param("id", applicationId)
                .query((rs, n) -> record(rs, List.of()))
                .list();
    }

    /**
     * The approved reviews of a school year in the scope (one school or township if the filter
     * says), by school, grade, class and name; at most {@code limit}, without their returns.
     */
    public List<ReviewRecord> approved(RecordFilter filter, DataScope scope, int limit) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("year", filter.schoolYear());
        p.put("school", filter.schoolId());
        p.put("township", filter.townshipCode());
        p.put("limit", limit);
        return jdbc.sql(SELECT + """
                         WHERE r.step = 'APPROVED' AND a.school_year = :year
                           AND (CAST(:school AS bigint) IS NULL OR r.school_id = :school)
                           AND (CAST(:township AS text) IS NULL OR r.township_code = :township)
                           AND """ + ScopeFilter.threePartyReviews("r") + """
                         ORDER BY s.name, a.grade, a.class_name, a.student_name, r.application_id
                         LIMIT :limit
                        """)
                .params(p)
                .query((rs, n) -> record(rs, List.of()))
                .list();
    }

    /** The returns of the applications, oldest first, by application. */
    public Map<Long, List<ReviewRecord.Returned>> returns(List<Long> applicationIds) {
        return jdbc
                .sql("""
                        SELECT application_id, round, returned_from, returned_to, reason, returned_by, returned_at
                          FROM identification_three_party_return
                         WHERE application_id = ANY(:ids)
                         ORDER BY returned_at, id
                        """)
                .param("ids", applicationIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getLong("application_id"),
                        new ReviewRecord.Returned(
                                rs.getInt("round"),
                                new ReviewReturn(
                                        ReviewStep.valueOf(rs.getString("returned_from")),
                                        ReturnTarget.valueOf(rs.getString("returned_to")),
                                        rs.getString("reason"),
                                        rs.getString("returned_by"),
                                        ThreePartyStore.instant(rs, "returned_at")))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The schools and reviewing townships that have approved reviews of a school year in the scope, for the batch's choice. */
    public List<Place> places(int schoolYear, DataScope scope) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("year", schoolYear);
        return jdbc.sql("""
                        SELECT DISTINCT r.school_id, s.name AS school_name, r.township_code,
                               (SELECT d.name FROM region_division d WHERE d.code = r.township_code) AS township_name
                          FROM identification_three_party_review r
                          JOIN identification_application a ON a.id = r.application_id
                          JOIN school_school s ON s.id = r.school_id
                         WHERE r.step = 'APPROVED' AND a.school_year = :year AND """ + ScopeFilter.threePartyReviews("r") + """
                         ORDER BY school_name, r.township_code
                        """)
                .params(p)
                .query((rs, n) -> new Place(
                        rs.getLong("school_id"),
                        rs.getString("school_name"),
                        rs.getString("township_code"),
                        rs.getString("township_name")))
                .list();
    }

    /** A school and the township reviewing some of its students. */
    public record Place(long schoolId, String schoolName, String townshipCode, String townshipName) {}

    private static ReviewRecord record(ResultSet rs, List<ReviewRecord.Returned> returns) throws SQLException {
        ReviewRecord.Student student = new ReviewRecord.Student(
                rs.getString("student_name"),
                rs.getString("id_number_masked"),
                rs.getString("school_name"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getInt("school_year"),
                rs.getString("village_name"),
                rs.getString("township_name"),
                rs.getBoolean("routed_by_school"));
        return new ReviewRecord(
                rs.getLong("application_id"),
                student,
                level(rs.getString("suggested_level")),
                level(rs.getString("decided_level")),
                rs.getString("decided_by"),
                ThreePartyStore.instant(rs, "decided_at"),
                ReviewStep.valueOf(rs.getString("step")),
                rs.getInt("round"),
                village(rs),
                decision(rs, "township_note", "township_by", "township_at"),
                decision(rs, null, "approved_by", "approved_at"),
                returns);
    }

    private static ReviewRecord.Village village(ResultSet rs) throws SQLException {
        String verdict = rs.getString("village_verdict");
        if (verdict == null) {
            return null;
        }
        String method = rs.getString("visit_method");
        Date visitDate = rs.getDate("visit_date");
        return new ReviewRecord.Village(
                VillageVerdict.valueOf(verdict),
                rs.getString("village_note"),
                rs.getString("village_by"),
                ThreePartyStore.instant(rs, "village_at"),
                method == null ? null : VisitMethod.valueOf(method),
                visitDate == null ? null : visitDate.toLocalDate(),
                rs.getString("visit_by"));
    }

    private static ReviewRecord.Decision decision(ResultSet rs, String note, String by, String at) throws SQLException {
        return rs.getString(by) == null
                ? null
                : new ReviewRecord.Decision(
                        note == null ? "" : rs.getString(note), rs.getString(by), ThreePartyStore.instant(rs, at));
    }

    private static DifficultyLevel level(String name) {
        return name == null ? null : DifficultyLevel.valueOf(name);
    }
}
