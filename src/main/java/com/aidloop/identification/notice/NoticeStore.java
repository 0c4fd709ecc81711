package com.aidloop.identification.notice;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.NoticeLine;
import com.aidloop.identification.notice.domain.NoticePeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notices and their lines ({@code identification_notice}, {@code identification_notice_entry}, V75). */
@Component
class NoticeStore {

    private static final String COLUMNS = """
            n.id, n.token, n.access_code, n.school_id, n.school_name, n.school_township_code, n.school_year,
            n.coverage, n.grade, n.class_name, n.starts_on, n.ends_on, n.working_days, n.show_level,
            n.answer_working_days, n.published_by, n.published_at
            """;

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Notice notice, List<NoticeLine> lines) {
        long id = jdbc.sql("""
                        INSERT INTO identification_notice (token, access_code, school_id, school_name,
                            school_township_code, school_year, coverage, grade, class_name, starts_on, ends_on,
                            working_days, show_level, answer_working_days, published_by)
                        VALUES (:token, :code, :school, :schoolName, :township, :year, :coverage, :grade, :className,
                            :starts, :ends, :days, :showLevel, :answerDays, :by)
                        RETURNING id
                        """)
                .param("token", notice.token())
                .param("code", notice.accessCode())
                .param("school", notice.schoolId())
                .param("schoolName", notice.schoolName())
                .param("township", notice.schoolTownshipCode())
                .param("year", notice.schoolYear())
                .param("coverage", notice.coverage().name())
                .param("grade", notice.grade())
                .param("className", notice.className())
                .param("starts", notice.period().startsOn())
                .param("ends", notice.period().endsOn())
                .param("days", notice.period().workingDays())
                .param("showLevel", notice.showLevel())
                .param("answerDays", notice.answerWorkingDays())
                .param("by", notice.publishedBy())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO identification_notice_entry (notice_id, application_id, position, student_name, grade, class_name, level)
                        SELECT :notice, e.application_id, e.position, e.student_name, e.grade, e.class_name, e.level
                        FROM unnest(:ids, :positions, :names, :grades, :classes, :levels)
                            AS e(application_id, position, student_name, grade, class_name, level)
                        """)
                .param("notice", id)
                .param("ids", lines.stream().map(NoticeLine::applicationId).toArray(Long[]::new))
                .param(
                        "positions",
                        java.util.stream.IntStream.range(0, lines.size())
                                .boxed()
                                .toArray(Integer[]::new))
                .param("names", lines.stream().map(NoticeLine::studentName).toArray(String[]::new))
                .param("grades", lines.stream().map(NoticeLine::grade).toArray(String[]::new))
                .param("classes", lines.stream().map(NoticeLine::className).toArray(String[]::new))
                .param("levels", lines.stream().map(l -> l.level().name()).toArray(String[]::new))
                .update();
        return id;
    }

    /** A notice in the scope (its school's staff; a region holding the school). */
    Optional<Notice> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identification_notice n WHERE n.id = :id AND "
                        + ScopeFilter.applications("n"))
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query((rs, n) -> notice(rs))
                .optional();
    }

    /** The notices in the scope, newest first. */
    List<Notice> list(DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identification_notice n WHERE " + ScopeFilter.applications("n")
                        + " ORDER BY n.published_at DESC, n.id DESC LIMIT 200")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> notice(rs))
                .list();
    }

    /** A notice by its link's token, for the public page (the access code is checked by the caller). */
    Optional<Notice> byToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identification_notice n WHERE n.token = :token")
                .param("token", token)
                .query((rs, n) -> notice(rs))
                .optional();
    }

    List<NoticeLine> lines(long noticeId) {
        return jdbc.sql("""
                        SELECT application_id, student_name, grade, class_name, level
                        FROM identification_notice_entry WHERE notice_id = :id ORDER BY position
                        """)
                .param("id", noticeId)
                .query((rs, n) -> new NoticeLine(
                        rs.getLong("application_id"),
                        rs.getString("student_name"),
                        rs.getString("grade"),
                        rs.getString("class_name"),
                        DifficultyLevel.valueOf(rs.getString("level"))))
                .list();
    }

    /** After an upheld objection: the line shows the new level, or leaves every notice when cancelled. */
    void changeLines(long applicationId, DifficultyLevel newLevel) {
        if (newLevel == null) {
            jdbc.sql("DELETE FROM identification_notice_entry WHERE application_id = :id")
                    .param("id", applicationId)
                    .update();
        } else {
            jdbc.sql("UPDATE identification_notice_entry SET level = :level WHERE application_id = :id")
                    .param("id", applicationId)
                    .param("level", newLevel.name())
                    .update();
        }
    }

    /** Counts of objections per notice: all, and waiting for an answer. */
    Map<Long, int[]> objectionCounts(List<Long> noticeIds) {
        Map<Long, int[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT notice_id, count(*) AS all_count, count(*) FILTER (WHERE decision IS NULL) AS open_count
                        FROM identification_objection WHERE notice_id = ANY(:ids) GROUP BY notice_id
                        """).param("ids", noticeIds.toArray(Long[]::new)).query(rs -> {
            counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return counts;
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Notice(
                rs.getLong("id"),
                rs.getString("token"),
                rs.getString("access_code"),
                rs.getLong("school_id"),
                rs.getString("school_name"),
                rs.getString("school_township_code"),
                rs.getInt("school_year"),
                Coverage.valueOf(rs.getString("coverage")),
                rs.getString("grade"),
                rs.getString("class_name"),
                new NoticePeriod(
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("working_days")),
                rs.getBoolean("show_level"),
                rs.getInt("answer_working_days"),
                rs.getString("published_by"),
                published.toInstant());
    }
}
