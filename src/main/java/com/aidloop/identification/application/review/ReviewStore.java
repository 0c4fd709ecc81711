package com.aidloop.identification.application.review;

import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.ApplicationFacts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Class review meetings and their verdicts ({@code identification_class_review}, {@code …_verdict}, V62). */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ClassReview review, ApplicationFacts school, String by) {
        long id = jdbc.sql("""
                        INSERT INTO identification_class_review (school_id, school_township_code, class_name, school_year, held_on,
                               class_teacher, student_reps, parent_reps, recorded_by)
                        VALUES (:school, :township, :className, :year, :heldOn, :teacher, :students, :parents, :by) RETURNING id
                        """)
                .param("school", school.schoolId())
                .param("township", school.schoolTownshipCode())
                .param("className", review.className())
                .param("year", school.schoolYear())
                .param("heldOn", Date.valueOf(review.heldOn()))
                .param("teacher", review.classTeacher())
                .param("students", review.studentReps())
                .param("parents", review.parentReps())
                .param("by", by)
                .query(Long.class)
                .single();
        insertVerdicts(id, review.verdicts());
        return id;
    }

    /** Every verdict of a meeting in one statement. */
    private void insertVerdicts(long id, List<VerdictLine> verdicts) {
        jdbc.sql("""
                        INSERT INTO identification_class_verdict (review_id, application_id, verdict, votes_for, votes_against,
                               votes_abstain, opinion)
                        SELECT :review, v.application_id, v.verdict, v.votes_for, v.votes_against, v.votes_abstain, v.opinion
                          FROM unnest(CAST(:applications AS bigint[]), CAST(:verdicts AS text[]), CAST(:for AS int[]),
                                      CAST(:against AS int[]), CAST(:abstain AS int[]), CAST(:opinions AS text[]))
                               AS v (application_id, verdict, votes_for, votes_against, votes_abstain, opinion)
                        """)
                .param("review", id)
                .param(
                        "applications",
                        verdicts.stream().map(VerdictLine::applicationId).toArray(Long[]::new))
                .param(
                        "verdicts",
                        verdicts.stream().map(l -> l.verdict().name()).toArray(String[]::new))
                .param("for", verdicts.stream().map(VerdictLine::votesFor).toArray(Integer[]::new))
                .param(
                        "against",
                        verdicts.stream().map(VerdictLine::votesAgainst).toArray(Integer[]::new))
                .param(
                        "abstain",
                        verdicts.stream().map(VerdictLine::votesAbstain).toArray(Integer[]::new))
                .param("opinions", verdicts.stream().map(VerdictLine::opinion).toArray(String[]::new))
                .update();
    }

    Optional<Minutes> minutes(long id, Reach reach) {
        return jdbc.sql("SELECT * FROM identification_class_review r WHERE r.id = :id AND " + reach.sql("r"))
                .params(reach.params())
                .param("id", id)
                .query(this::meeting)
                .optional()
                .map(m -> withVerdicts(List.of(m)).getFirst());
    }

    List<Minutes> meetings(Reach reach, int schoolYear) {
        List<Minutes> meetings = jdbc.sql("SELECT * FROM identification_class_review r WHERE r.school_year = :year AND "
                        + reach.sql("r") + " ORDER BY r.held_on DESC, r.id DESC LIMIT 200")
                .params(reach.params())
                .param("year", schoolYear)
                .query(this::meeting)
                .list();
        return withVerdicts(meetings);
    }

    /** The meetings with their verdicts, read in one query for all of them (not one a meeting). */
    private List<Minutes> withVerdicts(List<Minutes> meetings) {
        Map<Long, List<String>> names = new HashMap<>();
        Map<Long, List<VerdictLine>> lines = new HashMap<>();
        jdbc.sql("""
                        SELECT v.*, a.student_name FROM identification_class_verdict v
                          JOIN identification_application a ON a.id = v.application_id
                         WHERE v.review_id = ANY(:ids) ORDER BY v.review_id, a.student_name, a.id
                        """)
                .param("ids", meetings.stream().map(m -> m.review().id()).toArray(Long[]::new))
                .query(row -> {
                    long review = row.getLong("review_id");
                    names.computeIfAbsent(review, k -> new ArrayList<>()).add(row.getString("student_name"));
                    lines.computeIfAbsent(review, k -> new ArrayList<>())
                            .add(new VerdictLine(
                                    row.getLong("application_id"),
                                    Verdict.valueOf(row.getString("verdict")),
                                    row.getInt("votes_for"),
                                    row.getInt("votes_against"),
                                    row.getInt("votes_abstain"),
                                    row.getString("opinion")));
                });
        return meetings.stream()
                .map(m -> {
                    long id = m.review().id();
                    ClassReview r = m.review();
                    return new Minutes(
                            new ClassReview(
                                    id,
                                    r.className(),
                                    r.schoolYear(),
                                    r.heldOn(),
                                    r.classTeacher(),
                                    r.studentReps(),
                                    r.parentReps(),
                                    lines.getOrDefault(id, List.of())),
                            names.getOrDefault(id, List.of()),
                            m.recordedBy(),
                            m.recordedAt());
                })
                .toList();
    }

    /** A meeting as stored, its verdicts not yet read. */
    private Minutes meeting(ResultSet rs, int n) throws SQLException {
        ClassReview review = new ClassReview(
                rs.getLong("id"),
                rs.getString("class_name"),
                rs.getInt("school_year"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("class_teacher"),
                rs.getString("student_reps"),
                rs.getString("parent_reps"),
                List.of());
        return new Minutes(
                review,
                List.of(),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
