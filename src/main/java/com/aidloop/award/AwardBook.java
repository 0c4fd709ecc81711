package com.aidloop.award;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the awards of a term inside a data scope, in roster order: county, township, village,
 * school, then grade, class and name (compared by code point, "C", the same on every server and
 * much faster to sort than a language's collation). Streams, so a province's term never sits in
 * memory.
 */
@Service
public class AwardBook {

    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;

    AwardBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands every award of the term inside the scope to {@code sink}, in roster order. */
    @Transactional(readOnly = true)
    public void forEach(Term term, DataScope scope, Consumer<AwardLine> sink) {
        if (scope.isNothing()) {
            return;
        }
        // enough for PostgreSQL to sort a county's 100,000 awards in memory rather than on disk; this transaction only
        jdbc.sql("SET LOCAL work_mem = '96MB'").update();
        jdbc
                .sql("""
                SELECT id, term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_masked, school_id, school_code, school_name, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level,
                       special_channel, guardian_name, phone_masked, card_bank, card_number_masked, remark
                  FROM award_award a
                 WHERE term = :term
                   AND %s
                 ORDER BY left(household_township_code, 6), household_township_code, household_village_code NULLS LAST,
                          school_code, grade COLLATE "C", class_name COLLATE "C", student_name COLLATE "C", id
                """.formatted(ScopeFilter.awards("a")))
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .withFetchSize(FETCH_SIZE)
                .query(AwardBook::line)
                .stream()
                .forEach(sink);
    }

    private static AwardLine line(ResultSet rs, int row) throws SQLException {
        return new AwardLine(
                rs.getLong("id"),
                Term.parse(rs.getString("term")),
                rs.getString("programme_code"),
                rs.getString("programme_name"),
                rs.getString("stage"),
                rs.getString("tier"),
                new Money(rs.getBigDecimal("amount")),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getString("gender"),
                rs.getString("id_number_masked"),
                rs.getLong("school_id"),
                rs.getString("school_code"),
                rs.getString("school_name"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getString("household_township_code"),
                rs.getString("household_village_code"),
                rs.getString("difficulty_type"),
                rs.getString("difficulty_level"),
                rs.getBoolean("special_channel"),
                rs.getString("guardian_name"),
                rs.getString("phone_masked"),
                rs.getString("card_bank"),
                rs.getString("card_number_masked"),
                rs.getString("remark"));
    }

    /** Count and sum of the term's awards inside the scope. */
    @Transactional(readOnly = true)
    public Totals totals(Term term, DataScope scope) {
        if (scope.isNothing()) {
            return new Totals(0, Money.ZERO);
        }
        return jdbc.sql("""
                SELECT count(*) AS awards, coalesce(sum(amount), 0) AS amount
                  FROM award_award a
                 WHERE term = :term
                   AND %s
                """.formatted(ScopeFilter.awards("a")))
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new Totals(rs.getLong("awards"), new Money(rs.getBigDecimal("amount"))))
                .single();
    }

    /** How many awards and how much money. */
    public record Totals(long awards, Money amount) {}

    /**
     * Who imported (created) and who confirmed the term's awards inside the scope, the people with
     * most awards first, at most {@value #SIGNERS_MAX} each: the 经办人 and 审核人 of a roster.
     *
     * @param programmeCode only this programme's awards, or null for all
     * @param schoolId only this school's awards, or null for all
     */
    @Transactional(readOnly = true)
    public Signers signers(Term term, DataScope scope, String programmeCode, Long schoolId) {
        if (scope.isNothing()) {
            return new Signers(List.of(), List.of());
        }
        String sql = """
                SELECT %1$s AS who, count(*) AS awards
                  FROM award_award a
                 WHERE term = :term
                   AND %2$s
                   AND (CAST(:programme AS TEXT) IS NULL OR programme_code = :programme)
                   AND (CAST(:school AS BIGINT) IS NULL OR school_id = :school)
                   AND %1$s IS NOT NULL
                 GROUP BY %1$s
                 ORDER BY awards DESC, who
                 LIMIT %3$d
                """;
        return new Signers(
                people(sql, "created_by", term, scope, programmeCode, schoolId),
                people(sql, "confirmed_by", term, scope, programmeCode, schoolId));
    }

    /**
     * As {@link #signers}, for every school with awards of the term inside the scope at once (the
     * all-schools confirmation forms): two queries, whatever the number of schools.
     */
    @Transactional(readOnly = true)
    public Map<Long, Signers> signersBySchool(Term term, DataScope scope) {
        Map<Long, Signers> bySchool = new HashMap<>();
        if (scope.isNothing()) {
            return bySchool;
        }
        Map<Long, List<String>> imported = peopleBySchool("created_by", term, scope);
        Map<Long, List<String>> confirmed = peopleBySchool("confirmed_by", term, scope);
        imported.forEach(
                (school, who) -> bySchool.put(school, new Signers(who, confirmed.getOrDefault(school, List.of()))));
        return bySchool;
    }

    private Map<Long, List<String>> peopleBySchool(String column, Term term, DataScope scope) {
        Map<Long, List<String>> people = new HashMap<>();
        jdbc.sql("""
                        SELECT school_id, who FROM (
                            SELECT school_id, %1$s AS who,
                                   row_number() OVER (PARTITION BY school_id ORDER BY count(*) DESC, %1$s) AS rank
                              FROM award_award a
                             WHERE term = :term AND %2$s AND %1$s IS NOT NULL
                             GROUP BY school_id, %1$s) ranked
                         WHERE rank <= %3$d
                         ORDER BY school_id, rank
                        """.formatted(column, ScopeFilter.awards("a"), SIGNERS_MAX))
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query((ResultSet rs) -> {
                    people.computeIfAbsent(rs.getLong("school_id"), k -> new ArrayList<>())
                            .add(rs.getString("who"));
                });
        return people;
    }

    private List<String> people(
            String sql, String column, Term term, DataScope scope, String programmeCode, Long schoolId) {
        return jdbc.sql(sql.formatted(column, ScopeFilter.awards("a"), SIGNERS_MAX))
                .param("term", term.code())
                .param("programme", programmeCode)
                .param("school", schoolId)
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> rs.getString("who"))
                .list();
    }

    static final int SIGNERS_MAX = 3;

    /**
     * The usernames behind a roster's awards.
     *
     * @param importedBy who imported them (经办人)
     * @param confirmedBy who confirmed them (审核人); empty while none is confirmed
     */
    public record Signers(List<String> importedBy, List<String> confirmedBy) {}
}
