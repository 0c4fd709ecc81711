package com.aidloop.identification;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications that only stand in as the key of scores (indicator_score.application_id has a
 * foreign key since V62): withdrawn, of a registered student, with an empty form; removed with
 * their scores afterwards.
 */
public final class StandInApplications {

    private StandInApplications() {}

    /** Makes {@code count} stand-ins in one statement and answers their ids. */
    public static List<Long> make(JdbcClient jdbc, int count) {
        return jdbc.sql("""
                        INSERT INTO identification_application (student_id, student_name, school_id, school_township_code,
                               grade, class_name, school_year, source, entered_by, status, form_sealed)
                        SELECT s.id, '评分测试', s.school_id, '430621100', '', '', 2099, 'PAPER', 'test', 'WITHDRAWN', '-'
                          FROM (SELECT id, school_id FROM registry_student ORDER BY id LIMIT 1) s, generate_series(1, :count)
                        RETURNING id
                        """).param("count", count).query(Long.class).list();
    }

    public static void remove(JdbcClient jdbc, List<Long> ids) {
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }
}
