package com.aidloop.comparison.persistence;

import com.aidloop.comparison.MatchingRun;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Matches the current lists against the registry's blind indexes (through the view
 * comparison_person_key) in one statement: matches still found stay, those no longer found end,
 * new ones start, held when the names do not agree. A stayed match is written only when a fact
 * it copies changed, so running twice writes nothing the second time but the run's row. A run
 * after an import looks only at the persons the import touched. Runs are serialised by an
 * advisory lock.
 */
@Repository
public class MatchStore {

    /**
     * What an import changed: its list (the new current one of its region and type). The persons
     * touched are those on it and those of the open matches that came from the earlier lists of
     * the same region and type.
     */
    public record ImportScope(long listId, String region, String typeCode) {}

    /** Names compare without spaces and the middle dots of minority names (阿依古丽·买买提). */
    private static final String SAME_NAME = """
            (p.name IS NOT NULL
             AND regexp_replace(p.name, '[[:space:]·•.．]', '', 'g') = regexp_replace(k.person_name, '[[:space:]·•.．]', '', 'g'))
            """;

    /** The blind indexes an import touches (bound :list, :region, :type). */
    private static final String TOUCHED = """
            touched AS (
                SELECT p.id_index FROM comparison_list_person p WHERE p.list_id = :list
                UNION
                SELECT m.id_index
                  FROM comparison_match m
                  JOIN comparison_list l ON l.id = m.list_id AND l.region_code = :region AND l.type_code = :type
                 WHERE m.ended_on IS NULL
            ),
            """;

    /** The review a stayed match gets: a name that stops agreeing is held again, and the reverse. */
    private static final String REVIEW = """
            CASE WHEN m.review = 'AGREED' AND NOT f.name_agrees THEN 'HELD'
                 WHEN m.review = 'HELD' AND f.name_agrees THEN 'AGREED'
                 ELSE m.review END""";

    /**
     * A stayed match is rewritten when a copied fact differs, or when the list it names is of
     * another region or type than the list it is found on now (so that an import of that region
     * and type finds it). The same facts on a newer list of the same region and type change nothing.
     */
    private static final String CHANGED = """
            ((m.list_region, m.department, m.as_of, m.person_name, m.registered_name, m.student_name,
              m.id_number_masked, m.attributes, m.via, m.school_id, m.school_township_code,
              m.household_township_code, m.household_village_code, m.review)
             IS DISTINCT FROM
             (f.list_region, f.department, f.as_of, f.person_name, f.registered_name, f.student_name,
              f.id_number_masked, f.attributes, f.via, f.school_id, f.school_township_code,
              f.household_township_code, f.household_village_code, %1$s)
             OR NOT EXISTS (SELECT 1 FROM comparison_list ml
                             WHERE ml.id = m.list_id AND ml.region_code = f.list_region AND ml.type_code = f.list_type))
            """.formatted(REVIEW);

    private static final String RUN = """
            WITH %1$s found AS (
                SELECT DISTINCT ON (k.student_id, p.category, p.id_index)
                       k.student_id, p.category AS type_code, p.id_index, k.via, l.id AS list_id,
                       l.region_code AS list_region, l.type_code AS list_type, l.department, l.as_of,
                       p.name AS person_name, k.person_name AS registered_name, k.student_name, k.id_number_masked,
                       p.attributes, k.school_id, k.school_township_code, k.household_township_code,
                       k.household_village_code, %2$s AS name_agrees
                  FROM comparison_list l
                  JOIN comparison_list_person p ON p.list_id = l.id
                  JOIN comparison_person_key k ON k.id_index = p.id_index
                 WHERE l.current %3$s
                 ORDER BY k.student_id, p.category, p.id_index, l.as_of DESC, l.id DESC
            ), rewritten AS (
                UPDATE comparison_match m
                   SET last_run = :run, list_id = f.list_id, list_region = f.list_region, department = f.department,
                       as_of = f.as_of, person_name = f.person_name, registered_name = f.registered_name,
                       student_name = f.student_name, id_number_masked = f.id_number_masked, attributes = f.attributes,
                       via = f.via, school_id = f.school_id, school_township_code = f.school_township_code,
                       household_township_code = f.household_township_code,
                       household_village_code = f.household_village_code, review = %5$s
                  FROM found f
                 WHERE m.ended_on IS NULL AND m.student_id = f.student_id AND m.type_code = f.type_code
                   AND m.id_index = f.id_index AND %6$s
                RETURNING m.id
            ), ended AS (
                UPDATE comparison_match m
                   SET ended_on = :today, ended_run = :run
                 WHERE m.ended_on IS NULL %4$s
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
                   (SELECT count(*) FROM found) - (SELECT count(*) FROM added) AS stayed,
                   (SELECT count(*) FROM rewritten) AS rewritten,
                   (SELECT count(*) FROM added WHERE review = 'HELD') AS held
            """;

    /** Every current list against every person key: the monthly and the requested run. */
    private static final String FULL_RUN = RUN.formatted("", SAME_NAME, "", "", REVIEW, CHANGED);

    /** Only the blind indexes an import touched; for each of them the same as a full run. */
    private static final String IMPORT_RUN = RUN.formatted(
            TOUCHED,
            SAME_NAME,
            "AND p.id_index IN (SELECT t.id_index FROM touched t)",
            "AND m.id_index IN (SELECT t.id_index FROM touched t)",
            REVIEW,
            CHANGED);

    private final JdbcClient jdbc;

    MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matches every current list on the caller's transaction, after any other run has finished. */
    public MatchingRun run(String trigger, LocalDate today) {
        return run(trigger, today, null);
    }

    /**
     * Matches on the caller's transaction, after any other run has finished.
     *
     * @param scope the import that asks for the run, or null for a full run
     */
    public MatchingRun run(String trigger, LocalDate today, ImportScope scope) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-comparison-matching'))")
                .query((rs, n) -> 1)
                .list();
        long run = jdbc.sql("INSERT INTO comparison_run (trigger, list_id) VALUES (:trigger, :list) RETURNING id")
                .param("trigger", trigger)
                .param("list", scope == null ? null : scope.listId())
                .query(Long.class)
                .single();
        var statement = jdbc.sql(scope == null ? FULL_RUN : IMPORT_RUN)
                .param("run", run)
                .param("today", today);
        if (scope != null) {
            statement = statement
                    .param("list", scope.listId())
                    .param("region", scope.region())
                    .param("type", scope.typeCode());
        }
        MatchingRun result = statement
                .query((rs, n) -> new MatchingRun(
                        run,
                        rs.getInt("added"),
                        rs.getInt("ended"),
                        rs.getInt("stayed"),
                        rs.getInt("held"),
                        rs.getInt("rewritten")))
                .single();
        jdbc.sql("""
                UPDATE comparison_run
                   SET finished_at = now(), new_count = :added, ended_count = :ended, stayed_count = :stayed,
                       held_count = :held, rewritten_count = :rewritten
                 WHERE id = :run
                """)
                .param("run", run)
                .param("added", result.added())
                .param("ended", result.ended())
                .param("stayed", result.stayed())
                .param("held", result.held())
                .param("rewritten", result.rewritten())
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
