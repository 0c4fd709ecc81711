package com.aidloop.comparison.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the worklists from the matches, in one statement after each matching run (on its
 * transaction and under its lock): the items due now (a key per kind, student, person, list type
 * and school year) stay, open items no longer due end, items due again after ending reopen, new
 * ones are inserted; a stayed item is written only when a copied fact changed. A closed item stays closed for its school year. Items copy the student's
 * school and household places (from the registry) for the data scope.
 */
@Repository
class WorklistRunStore {

    /** Identified as in difficulty in the school year (decided, a level other than 不困难). */
    private static final String IDENTIFIED = """
            EXISTS (SELECT 1 FROM identification_application a
                     WHERE a.student_id = %1$s AND a.school_year = :year AND a.status IN ('DECIDED', 'APPROVED')
                       AND a.decided_level <> 'NOT_DIFFICULT')
            """;

    /** An award of a need-based programme in one of the terms bound as {@code %2$s} (imported or confirmed). */
    private static final String AIDED = """
            EXISTS (SELECT 1 FROM award_award w JOIN programme_programme pg ON pg.code = w.programme_code
                     WHERE w.student_id = %1$s AND w.term = ANY(CAST(:%2$s AS TEXT[]))
                       AND pg.kind = ANY(CAST(:kinds AS TEXT[])))
            """;

    private static final String SUPPORT_FROM = """
              FROM comparison_match m
              JOIN comparison_list_type t ON t.code = m.type_code AND t.kind = 'SUPPORT'
              JOIN registry_student s ON s.id = m.student_id
            """;
    private static final String SUPPORT_WHERE =
            " WHERE m.review IN ('AGREED', 'CONFIRMED') AND " + WorklistSql.RECOGNISED;

    private static final String COLUMNS = "kind, route, student_id, subject_index, subject_name, subject_masked, via,"
            + " period, type_code, department, as_of, attributes, student_name, id_number_masked, school_id,"
            + " school_township_code, household_township_code, household_village_code";

    private static final String DUE = """
            (SELECT DISTINCT ON (s.id) 'UNAIDED' AS kind, 'SCHOOL' AS route, s.id AS student_id,
                    s.id_number_index AS subject_index, s.name AS subject_name, s.id_number_masked AS subject_masked,
                    m.via, CAST(:period AS TEXT) AS period, m.type_code, m.department, m.as_of, m.attributes,
                    s.name AS student_name, s.id_number_masked, s.school_id, s.school_township_code,
                    s.household_township_code, s.household_village_code
            %1$s %6$s
               AND NOT %2$s AND NOT %3$s
             ORDER BY s.id, t.position, m.as_of DESC, m.id)
            UNION ALL
            (SELECT DISTINCT ON (h.id_number_index) 'UNAIDED', 'TOWNSHIP', s.id, h.id_number_index, h.name,
                    h.id_number_masked, 'SIBLING', CAST(:period AS TEXT), m.type_code, m.department, m.as_of,
                    m.attributes, s.name, s.id_number_masked, s.school_id, s.school_township_code,
                    s.household_township_code, s.household_village_code
            %1$s
              JOIN registry_household_member h ON h.student_id = s.id AND h.id = ANY(CAST(:siblings AS BIGINT[]))
            %6$s
             ORDER BY h.id_number_index, s.id, t.position, m.as_of DESC, m.id)
            UNION ALL
            (SELECT 'SUSPECT', 'COUNTY', s.id, m.id_index, m.registered_name,
                    CASE WHEN m.via = 'STUDENT' THEN s.id_number_masked
                         ELSE (SELECT min(h.id_number_masked) FROM registry_household_member h
                                WHERE h.student_id = s.id AND h.id_number_index = m.id_index) END,
                    m.via, CAST(:period AS TEXT), m.type_code, m.department, m.as_of, m.attributes, s.name,
                    s.id_number_masked, s.school_id, s.school_township_code, s.household_township_code,
                    s.household_village_code
               FROM comparison_match m
               JOIN comparison_list_type t ON t.code = m.type_code AND t.kind = 'CHECK'
               JOIN registry_student s ON s.id = m.student_id
              WHERE m.ended_on IS NULL AND m.review IN ('AGREED', 'CONFIRMED')
                AND (%4$s OR %5$s)
                AND (m.type_code <> 'VEHICLES'
                     OR COALESCE(CAST(substring(E'\\n' || m.attributes FROM E'\\nprice=([0-9.]+)') AS NUMERIC), 0) > :price)
                AND (m.type_code <> 'REAL_ESTATE'
                     OR COALESCE(CAST(substring(E'\\n' || m.attributes FROM E'\\ncount=([0-9.]+)') AS NUMERIC), 0) > :properties))
            """;

    private static final String SAME_KEY = "i.kind = d.kind AND i.student_id = d.student_id"
            + " AND i.subject_index = d.subject_index AND i.type_code = d.type_code AND i.period = d.period";

    private static final String RUN = """
            WITH due AS (%1$s),
            stayed AS (
                UPDATE comparison_worklist_item i
                   SET last_run = :run, subject_name = d.subject_name, subject_masked = d.subject_masked, via = d.via,
                       department = d.department, as_of = d.as_of, attributes = d.attributes,
                       student_name = d.student_name, id_number_masked = d.id_number_masked, school_id = d.school_id,
                       school_township_code = d.school_township_code,
                       household_township_code = d.household_township_code,
                       household_village_code = d.household_village_code
                  FROM due d
                 WHERE i.status = 'OPEN' AND %2$s
                   AND (i.subject_name, i.subject_masked, i.via, i.department, i.as_of, i.attributes, i.student_name,
                        i.id_number_masked, i.school_id, i.school_township_code, i.household_township_code,
                        i.household_village_code)
                       IS DISTINCT FROM
                       (d.subject_name, d.subject_masked, d.via, d.department, d.as_of, d.attributes, d.student_name,
                        d.id_number_masked, d.school_id, d.school_township_code, d.household_township_code,
                        d.household_village_code)
                RETURNING i.id
            ), ended AS (
                UPDATE comparison_worklist_item i
                   SET status = 'ENDED', ended_on = :today, last_run = :run, version = i.version + 1
                 WHERE i.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM due d WHERE %2$s)
                RETURNING i.id
            ), reopened AS (
                UPDATE comparison_worklist_item i
                   SET status = 'OPEN', ended_on = NULL, last_run = :run, version = i.version + 1
                  FROM due d
                 WHERE i.status = 'ENDED' AND %2$s
                RETURNING i.id
            ), added AS (
                INSERT INTO comparison_worklist_item (%3$s, status, first_run, last_run, opened_on)
                SELECT d.*, 'OPEN', :run, :run, :today FROM due d
                 WHERE NOT EXISTS (SELECT 1 FROM comparison_worklist_item i WHERE %2$s)
                RETURNING id
            )
            SELECT (SELECT count(*) FROM added) + (SELECT count(*) FROM reopened) AS added,
                   (SELECT count(*) FROM ended) AS ended,
                   (SELECT count(*) FROM due d
                     WHERE EXISTS (SELECT 1 FROM comparison_worklist_item i WHERE i.status = 'OPEN' AND %2$s)) AS stayed
            """.formatted(
                    DUE.formatted(
                            SUPPORT_FROM,
                            IDENTIFIED.formatted("s.id"),
                            AIDED.formatted("s.id", "terms"),
                            IDENTIFIED.formatted("s.id"),
                            AIDED.formatted("s.id", "suspectTerms"),
                            SUPPORT_WHERE),
                    SAME_KEY,
                    COLUMNS);

    /**
     * A sibling of a pupil of a listed family, not a student anywhere: the age remembered for the
     * school year, or (when none is) the sealed ID to tell it.
     */
    record SiblingCandidate(long memberId, String idIndex, boolean ageKnown, Integer age, String idNumberSealed) {}

    /** What a run did to the worklists. */
    record Counts(int added, int ended, int stayed) {}

    private final JdbcClient jdbc;

    WorklistRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SiblingCandidate> siblingCandidates(LocalDate today, int schoolYear) {
        return jdbc.sql("SELECT DISTINCT h.id, h.id_number_index, a.id_index IS NOT NULL AS known, a.age,"
                        + " CASE WHEN a.id_index IS NULL THEN h.id_number_sealed END AS sealed " + SUPPORT_FROM
                        + """
                          JOIN registry_household_member h ON h.student_id = s.id AND h.relation = 'SIBLING'
                               AND h.id_number_sealed IS NOT NULL AND h.id_number_index IS NOT NULL
                               AND NOT EXISTS (SELECT 1 FROM registry_student o
                                                WHERE o.id_number_index = h.id_number_index)
                          LEFT JOIN comparison_sibling_age a ON a.id_index = h.id_number_index AND a.school_year = :year
                        """ + SUPPORT_WHERE)
                .param("today", today)
                .param("year", schoolYear)
                .query((rs, n) -> new SiblingCandidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getObject(4, Integer.class),
                        rs.getString(5)))
                .list();
    }

    /**
     * Remembers the ages read from sealed IDs (null: no age to read) for the school year, forgets
     * those of earlier school years, and records on the run how many IDs were opened.
     */
    void rememberAges(long run, int schoolYear, Map<String, Integer> ages) {
        jdbc.sql("DELETE FROM comparison_sibling_age WHERE school_year < :year")
                .param("year", schoolYear)
                .update();
        if (!ages.isEmpty()) {
            List<String> indexes = new ArrayList<>(ages.keySet());
            jdbc.sql("""
                    INSERT INTO comparison_sibling_age (id_index, school_year, age)
                    SELECT x.id_index, :year, x.age
                      FROM unnest(CAST(:indexes AS TEXT[]), CAST(:ages AS INTEGER[])) AS x(id_index, age)
                    ON CONFLICT (id_index, school_year) DO NOTHING
                    """)
                    .param("year", schoolYear)
                    .param("indexes", indexes.toArray(String[]::new))
                    .param("ages", indexes.stream().map(ages::get).toArray(Integer[]::new))
                    .update();
        }
        jdbc.sql("UPDATE comparison_run SET sibling_ids_opened = :opened WHERE id = :run")
                .param("run", run)
                .param("opened", ages.size())
                .update();
    }

    Counts run(
            long run,
            LocalDate today,
            int schoolYear,
            List<String> terms,
            List<String> suspectTerms,
            WorklistRules rules,
            Collection<Long> schoolAgeSiblings) {
        Counts counts = jdbc.sql(RUN)
                .param("run", run)
                .param("today", today)
                .param("year", schoolYear)
                .param("period", String.valueOf(schoolYear))
                .param("terms", terms.toArray(String[]::new))
                .param("suspectTerms", suspectTerms.toArray(String[]::new))
                .param("kinds", rules.needBasedKinds().toArray(String[]::new))
                .param("siblings", schoolAgeSiblings.toArray(Long[]::new))
                .param("price", rules.vehiclePriceAbove())
                .param("properties", BigDecimal.valueOf(rules.propertiesAbove()))
                .query((rs, n) -> new Counts(rs.getInt("added"), rs.getInt("ended"), rs.getInt("stayed")))
                .single();
        jdbc.sql("UPDATE comparison_run SET worklist_new = :added, worklist_ended = :ended, worklist_stayed = :stayed"
                        + " WHERE id = :run")
                .param("run", run)
                .param("added", counts.added())
                .param("ended", counts.ended())
                .param("stayed", counts.stayed())
                .update();
        return counts;
    }
}
