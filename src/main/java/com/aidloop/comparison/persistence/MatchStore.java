package com.aidloop.comparison.persistence;

import com.aidloop.comparison.MatchingRun;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Matches the current lists against the registry's blind indexes (through the view
 * comparison_person_key) in one statement: matches still found stay, those no longer found end,
 * new ones start, held when the names do not agree. Running it twice changes nothing the second
 * time but the run numbers. Runs are serialised by an advisory lock.
 */
@Repository
public class MatchStore {

    /** Names compare without spaces and the middle dots of minority names (阿依古丽·买买提). */
    private static final String SAME_NAME = """
            (p.name IS NOT NULL
             AND regexp_replace(p.name, '[[:space:]·•.．]', '', 'g') = regexp_replace(k.person_name, '[[:space:]·•.．]', '', 'g'))
            """;

    private static final String RUN = """
            WITH found AS (
                SELECT DISTINCT ON (k.student_id, p.category, p.id_index)
                       k.student_id, p.category AS type_code, p.id_index, k.via, l.id AS list_id,
                       l.region_code AS list_region, l.department, l.as_of, p.name AS person_name,
                       k.person_name AS registered_name, k.student_name, k.id_number_masked, p.attributes,
                       k.school_id, k.school_township_code, k.household_township_code, k.household_village_code,
                       %s AS name_agrees
                  FROM comparison_list l
                  JOIN comparison_list_person p ON p.list_id = l.id
                  JOIN comparison_person_key k ON k.id_index = p.id_index
                 WHERE l.current
                 ORDER BY k.student_id, p.category, p.id_index, l.as_of DESC, l.id DESC
            ), stayed AS (
                UPDATE comparison_match m
                   SET last_run = :run, list_id = f.list_id, list_region = f.list_region, department = f.department,
                       as_of = f.as_of, person_name = f.person_name, registered_name = f.registered_name,
                       student_name = f.student_name, id_number_masked = f.id_number_masked, attributes = f.attributes,
                       via = f.via, school_id = f.school_id, school_township_code = f.school_township_code,
                       household_township_code = f.household_township_code,
                       household_village_code = f.household_village_code,
                       review = CASE WHEN m.review = 'AGREED' AND NOT f.name_agrees THEN 'HELD'
                                     WHEN m.review = 'HELD' AND f.name_agrees THEN 'AGREED'
                                     ELSE m.review END
                  FROM found f
                 WHERE m.ended_on IS NULL AND m.student_id = f.student_id AND m.type_code = f.type_code
                   AND m.id_index = f.id_index
                RETURNING m.id
            ), ended AS (
                UPDATE comparison_match m
                   SET ended_on = :today, ended_run = :run
                 WHERE m.ended_on IS NULL
                   AND NOT EXISTS (SELECT 1 FROM found f
                                    WHERE f.student_id = m.student_id AND f.type_code = m.type_code
                                      AND f.id_index = m.id_index)
                RETURNING m.id
            ), added AS (
                INSERT INTO comparison_match (student_id, type_code, id_index, via, list_id, list_region, department,
                                              as_of, person_name, registered_name, student_name, id_number_masked,
                                              attributes, review, school_id, school_township_code,
                                              household_township_code, household_village_code, first_run, last_run,
                                              started_on)
                SELECT f.student_id, f.type_code, f.id_index, f.via, f.list_id, f.list_region, f.department, f.as_of,
                       f.person_name, f.registered_name, f.student_name, f.id_number_masked, f.attributes,
                       CASE WHEN f.name_agrees THEN 'AGREED' ELSE 'HELD' END, f.school_id, f.school_township_code,
                       f.household_township_code, f.household_village_code, :run, :run, :today
                  FROM found f
                 WHERE NOT EXISTS (SELECT 1 FROM comparison_match m
                                    WHERE m.ended_on IS NULL AND m.student_id = f.student_id
                                      AND m.type_code = f.type_code AND m.id_index = f.id_index)
                RETURNING review
            )
            SELECT (SELECT count(*) FROM added) AS added, (SELECT count(*) FROM ended) AS ended,
                   (SELECT count(*) FROM stayed) AS stayed,
                   (SELECT count(*) FROM added WHERE review = 'HELD') AS held
            """.formatted(SAME_NAME);

    private final JdbcClient jdbc;

    MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matches on the caller's transaction, after any other run has finished. */
    public MatchingRun run(String trigger, LocalDate today) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-comparison-matching'))")
                .query((rs, n) -> 1)
                .list();
        long run = jdbc.sql("INSERT INTO comparison_run (trigger) VALUES (:trigger) RETURNING id")
                .param("trigger", trigger)
                .query(Long.class)
                .single();
        MatchingRun result = jdbc.sql(RUN)
                .param("run", run)
                .param("today", today)
                .query((rs, n) -> new MatchingRun(
                        run, rs.getInt("added"), rs.getInt("ended"), rs.getInt("stayed"), rs.getInt("held")))
                .single();
        jdbc.sql("""
                UPDATE comparison_run
                   SET finished_at = now(), new_count = :added, ended_count = :ended, stayed_count = :stayed,
                       held_count = :held
                 WHERE id = :run
                """)
                .param("run", run)
                .param("added", result.added())
                .param("ended", result.ended())
                .param("stayed", result.stayed())
                .param("held", result.held())
                .update();
        return result;
    }

    /** Claims a month's scheduled run; true for the one server whose claim is first. */
    public boolean claimMonth(String month, String server) {
        return jdbc.sql("""
                        INSERT INTO comparison_monthly_claim (month, claimed_by) VALUES (:month, :server)
                        ON CONFLICT (month) DO NOTHING
                        """).param("month", month).param("server", server).update() == 1;
    }

    public void recordMonthlyRun(String month, long runId) {
        jdbc.sql("UPDATE comparison_monthly_claim SET run_id = :run WHERE month = :month")
                .param("run", runId)
                .param("month", month)
                .update();
    }
}
