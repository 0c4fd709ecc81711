package com.aidloop.identification.threeparty.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.QueueFilter;
import com.aidloop.identification.threeparty.QueueRow;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.StepDeadlines;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviewers' queues: the applications at one step in the caller's scope with filters, their
 * counts (and how many are overdue), and the set-based moves of many at once: the township's pass
 * and the county's approval.
 */
@Repository
public class QueueStore {

    private static final String FILTERED = """
              FROM identification_three_party_review r
              JOIN identification_application a ON a.id = r.application_id
              JOIN school_school s ON s.id = r.school_id
             WHERE r.step = :step
               AND (CAST(:school AS bigint) IS NULL OR r.school_id = :school)
               AND (CAST(:village AS text) IS NULL OR r.village_code = :village)
               AND (CAST(:level AS text) IS NULL OR a.decided_level = :level)
               AND (NOT :onlyBySchool OR r.routed_by_school)
               AND """;

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applications at the filter's step in the scope, the longest waiting first. */
    public List<QueueRow> list(QueueFilter filter, DataScope scope, StepDeadlines deadlines, int limit) {
        return jdbc.sql("""
                        SELECT r.application_id, a.student_name, r.school_id, s.name AS school_name, r.village_code, a.grade, a.class_name,
                               (SELECT d.name FROM region_division d WHERE d.code = r.village_code) AS village_name,
                               r.routed_by_school, a.decided_level, r.step, r.step_since, r.village_verdict, r.round,
                               r.return_reason
                        """ + FILTERED + ScopeFilter.threePartyReviews("r") + """
                         ORDER BY r.step_since, a.student_name, r.application_id
                         LIMIT :limit
                        """)
                .params(params(filter, scope))
                .param("limit", limit)
                .query((rs, n) -> row(rs, deadlines))
                .list();
    }

    /**
     * How many applications wait at the filter's step in the scope, and how many of them past their
     * due day (entered before {@link StepDeadlines#overdueIfEnteredBefore}).
     */
    public long[] count(QueueFilter filter, DataScope scope, StepDeadlines deadlines) {
        Instant overdueBefore = deadlines.overdueIfEnteredBefore(filter.step());
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE r.step_since < :overdueBefore) " + FILTERED
                        + ScopeFilter.threePartyReviews("r"))
                .params(params(filter, scope))
                .param("overdueBefore", Timestamp.from(overdueBefore))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /**
     * The township passes many applications on to the county in one set-based move: only reviews
     * at a step the pass starts from ({@link ReviewStep#passableFrom()}) whose application is under
     * three-party review, in the scope. Answers the ids passed.
     */
    public List<Long> passAll(Collection<Long> ids, DataScope scope, String note, String by, Instant at) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("ids", ids.toArray(Long[]::new));
        p.put("fromSteps", ReviewStep.passableFrom().stream().map(Enum::name).toArray(String[]::new));
        p.put("underReview", ApplicationStatus.THREE_PARTY_REVIEW.name());
        p.put("to", ReviewStep.COUNTY.name());
        p.put("note", note);
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        return jdbc.sql("""
                        UPDATE identification_three_party_review r
                           SET step = :to, step_since = :at, township_note = :note, township_by = :by,
                               township_at = :at, version = r.version + 1
                          FROM identification_application a
                         WHERE a.id = r.application_id
                           AND r.application_id = ANY(:ids)
                           AND r.step = ANY(:fromSteps)
                           AND a.status = :underReview
                           AND """ + ScopeFilter.threePartyReviews("r") + """
                        RETURNING r.application_id
                        """)
                .params(p)
                .query(Long.class)
                .list();
    }

    /**
     * The county approves many applications in one set-based move: only reviews at a step the
     * approval starts from ({@link ReviewStep#approvableFrom()}) whose application is in a status
     * the state machine approves from ({@link Application#approvableFrom()}), in the scope.
     * Answers the ids approved.
     */
    public List<Long> approveAll(Collection<Long> ids, DataScope scope, String by, Instant at) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("ids", ids.toArray(Long[]::new));
        p.put("fromSteps", ReviewStep.approvableFrom().stream().map(Enum::name).toArray(String[]::new));
        p.put(
                "fromStatus",
                Application.approvableFrom().stream().map(Enum::name).toArray(String[]::new));
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        return jdbc.sql("""
                        WITH moved AS (
                            UPDATE identification_three_party_review r
                               SET step = 'APPROVED', step_since = :at, approved_by = :by, approved_at = :at,
                                   version = r.version + 1
                              FROM identification_application a
                             WHERE a.id = r.application_id
                               AND r.application_id = ANY(:ids)
                               AND r.step = ANY(:fromSteps)
                               AND a.status = ANY(:fromStatus)
                               AND """ + ScopeFilter.threePartyReviews("r") + """
                            RETURNING r.application_id)
                        UPDATE identification_application a
                           SET status = 'APPROVED', version = a.version + 1, updated_at = now()
                          FROM moved
                         WHERE a.id = moved.application_id
                        RETURNING a.id
                        """)
                .params(p)
                .query(Long.class)
                .list();
    }

    private static Map<String, Object> params(QueueFilter filter, DataScope scope) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("step", filter.step().name());
        p.put("school", filter.schoolId());
        p.put("village", filter.villageCode());
        p.put("level", filter.level() == null ? null : filter.level().name());
        p.put("onlyBySchool", filter.onlyRoutedBySchool());
        return p;
    }

    private static QueueRow row(ResultSet rs, StepDeadlines deadlines) throws SQLException {
        Instant since = ThreePartyStore.instant(rs, "step_since");
        String level = rs.getString("decided_level");
        String verdict = rs.getString("village_verdict");
        ReviewStep step = ReviewStep.valueOf(rs.getString("step"));
        return new QueueRow(
                rs.getLong("application_id"),
                rs.getString("student_name"),
                rs.getLong("school_id"),
                rs.getString("school_name"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getString("village_code"),
                rs.getString("village_name"),
                rs.getBoolean("routed_by_school"),
                level == null ? null : DifficultyLevel.valueOf(level),
                step,
                since,
                step.waiting() ? deadlines.dueOn(step, since) : null,
                deadlines.workingDaysFor(step),
                deadlines.overdue(step, since),
                verdict == null ? null : VillageVerdict.valueOf(verdict),
                rs.getInt("round"),
                rs.getString("return_reason"));
    }
}
