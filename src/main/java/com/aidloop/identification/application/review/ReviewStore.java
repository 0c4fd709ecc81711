package com.aidloop.identification.application.review;

import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.ApplicationFacts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        for (VerdictLine line : review.verdicts()) {
            jdbc.sql("""
                            INSERT INTO identification_class_verdict (review_id, application_id, verdict, votes_for, votes_against,
                                   votes_abstain, opinion)
                            VALUES (:review, :application, :verdict, :for, :against, :abstain, :opinion)
                            """)
                    .param("review", id)
                    .param("application", line.applicationId())
                    .param("verdict", line.verdict().name())
                    .param("for", line.votesFor())
                    .param("against", line.votesAgainst())
                    .param("abstain", line.votesAbstain())
                    .param("opinion", line.opinion())
                    .update();
        }
        return id;
    }

    Optional<Minutes> minutes(long id, Reach reach) {
        return jdbc.sql("SELECT * FROM identification_class_review r WHERE r.id = :id AND " + reach.sql("r"))
                .params(reach.params())
                .param("id", id)
                .query(this::meeting)
                .optional();
    }

    List<Minutes> meetings(Reach reach, int schoolYear) {
        return jdbc.sql("SELECT * FROM identification_class_review r WHERE r.school_year = :year AND " + reach.sql("r")
                        + " ORDER BY r.held_on DESC, r.id DESC LIMIT 200")
                .params(reach.params())
                .param("year", schoolYear)
                .query(this::meeting)
                .list();
    }

    private Minutes meeting(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<String> names = new ArrayList<>();
        List<VerdictLine> lines = new ArrayList<>();
        jdbc.sql("""
                        SELECT v.*, a.student_name FROM identification_class_verdict v
                          JOIN identification_application a ON a.id = v.application_id
                         WHERE v.review_id = :id ORDER BY a.student_name, a.id
                        """)
                .param("id", id)
                .query((row, i) -> {
                    names.add(row.getString("student_name"));
                    lines.add(new VerdictLine(
                            row.getLong("application_id"),
                            Verdict.valueOf(row.getString("verdict")),
                            row.getInt("votes_for"),
                            row.getInt("votes_against"),
                            row.getInt("votes_abstain"),
                            row.getString("opinion")));
                    return null;
                })
                .list();
        ClassReview review = new ClassReview(
                id,
                rs.getString("class_name"),
                rs.getInt("school_year"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("class_teacher"),
                rs.getString("student_reps"),
                rs.getString("parent_reps"),
                lines);
        return new Minutes(
                review,
                names,
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
