package com.aidloop.identification.documents.persistence;

import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.domain.DifficultyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the documents read beyond one application: its latest class verdict, a meeting's school,
 * and a school year's results in a reach by school and class (one query each, no income, health
 * or evidence).
 */
@Repository
public class DocumentStore {

    private static final String[] FINALLY_DECIDED =
            ApplicationStatus.finallyDecidedNames().toArray(String[]::new);
    private static final String[] PENDING = ApplicationStatus.pendingNames().toArray(String[]::new);

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest class review verdict on an application (the caller has checked its reach). */
    public record VerdictOf(
            Verdict verdict, int votesFor, int votesAgainst, int votesAbstain, String opinion, LocalDate heldOn) {}

    /** One class of a school: how many applied (not withdrawn), how many were decided at each level, how many wait. */
    public record ClassCount(
            long schoolId,
            String grade,
            String className,
            long applied,
            long special,
            long fairly,
            long general,
            long notDifficult,
            long waiting) {

        public long decided() {
            return special + fairly + general + notDifficult;
        }
    }

    /** One decided student of the result list. */
    public record Decided(
            long schoolId,
            String className,
            String studentName,
            DifficultyLevel decided,
            DifficultyLevel suggested,
            BigDecimal total,
            boolean adjusted) {}

    public Optional<VerdictOf> verdictOf(long applicationId) {
        return jdbc.sql("""
                        SELECT v.verdict, v.votes_for, v.votes_against, v.votes_abstain, v.opinion, r.held_on
                          FROM identification_class_verdict v JOIN identification_class_review r ON r.id = v.review_id
                         WHERE v.application_id = :id
                         ORDER BY r.held_on DESC, r.id DESC LIMIT 1
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new VerdictOf(
                        Verdict.valueOf(rs.getString("verdict")),
                        rs.getInt("votes_for"),
                        rs.getInt("votes_against"),
                        rs.getInt("votes_abstain"),
                        rs.getString("opinion"),
                        rs.getDate("held_on").toLocalDate()))
                .optional();
    }

    /** The school of a class review meeting in reach. */
    public Optional<Long> schoolOfReview(long reviewId, Reach reach) {
        return jdbc.sql("SELECT r.school_id FROM identification_class_review r WHERE r.id = :id AND " + reach.sql("r"))
                .params(reach.params())
                .param("id", reviewId)
                .query(Long.class)
                .optional();
    }

    /**
     * A school year's applications in reach counted by school and class: every application handed
     * in, either finally decided (by level) or pending ({@link ApplicationStatus#PENDING}).
     */
    public List<ClassCount> countsByClass(Reach reach, int schoolYear) {
        return jdbc.sql("""
                        SELECT a.school_id, min(a.grade) AS grade, a.class_name,
                               count(*) AS applied,
                               count(*) FILTER (WHERE a.status = ANY(:finallyDecided) AND a.decided_level = 'SPECIAL') AS special,
                               count(*) FILTER (WHERE a.status = ANY(:finallyDecided) AND a.decided_level = 'FAIRLY') AS fairly,
                               count(*) FILTER (WHERE a.status = ANY(:finallyDecided) AND a.decided_level = 'GENERAL') AS general,
                               count(*) FILTER (WHERE a.status = ANY(:finallyDecided) AND a.decided_level = 'NOT_DIFFICULT') AS not_difficult,
                               count(*) FILTER (WHERE a.status = ANY(:pending)) AS waiting
                          FROM identification_application a
                         WHERE a.school_year = :year AND (a.status = ANY(:finallyDecided) OR a.status = ANY(:pending))
                           AND """ + reach.sql("a") + """
                         GROUP BY a.school_id, a.class_name
                         ORDER BY a.school_id, min(a.grade), a.class_name
                        """)
                .params(reach.params())
                .param("year", schoolYear)
                .param("finallyDecided", FINALLY_DECIDED)
                .param("pending", PENDING)
                .query((rs, n) -> new ClassCount(
                        rs.getLong("school_id"),
                        rs.getString("grade"),
                        rs.getString("class_name"),
                        rs.getLong("applied"),
                        rs.getLong("special"),
                        rs.getLong("fairly"),
                        rs.getLong("general"),
                        rs.getLong("not_difficult"),
                        rs.getLong("waiting")))
                .list();
    }

    /** A school year's decided applications in reach, by school, class and name, marked when adjusted. */
    public List<Decided> decided(Reach reach, int schoolYear) {
        return jdbc.sql("""
                        SELECT a.school_id, a.class_name, a.student_name, a.decided_level, a.suggested_level, a.suggested_total,
                               EXISTS (SELECT 1 FROM identification_adjustment j WHERE j.application_id = a.id) AS adjusted
                          FROM identification_application a
                         WHERE a.school_year = :year AND a.status = ANY(:finallyDecided) AND """ + reach.sql("a") + """
                         ORDER BY a.school_id, a.class_name, a.student_name, a.id
                        """)
                .params(reach.params())
                .param("year", schoolYear)
                .param("finallyDecided", FINALLY_DECIDED)
                .query((rs, n) -> new Decided(
                        rs.getLong("school_id"),
                        rs.getString("class_name"),
                        rs.getString("student_name"),
                        DifficultyLevel.valueOf(rs.getString("decided_level")),
                        rs.getString("suggested_level") == null
                                ? null
                                : DifficultyLevel.valueOf(rs.getString("suggested_level")),
                        rs.getBigDecimal("suggested_total"),
                        rs.getBoolean("adjusted")))
                .list();
    }
}
