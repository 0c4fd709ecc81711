package com.aidloop.award.persistence;

import com.aidloop.award.PayableAwards;
import com.aidloop.award.domain.ConfirmationPolicy.Held;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The award side of confirmation (资助确认): transaction-scoped advisory locks that serialise
 * confirmations of the same school, programme and term, the unconfirmed awards to confirm, what is
 * confirmed already, and the update that confirms them only if none changed since it was read.
 */
@Repository
public class ConfirmationStore {

    private final JdbcClient jdbc;

    ConfirmationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An unconfirmed award as read for confirmation; {@code version} guards the update. */
    public record Unconfirmed(
            long id,
            int version,
            String programmeCode,
            String programmeName,
            String stage,
            String tier,
            Money amount,
            String idNumberIndex,
            String idNumberMasked,
            String studentName,
            String schoolName,
            long studentId) {}

    /** Count and amount of confirmed awards. */
    public record Confirmed(long count, Money amount) {}

    /**
     * Takes transaction-scoped advisory locks on the keys, in the order given (callers sort them,
     * so that two confirmations never wait for each other crosswise); held until commit or rollback.
     */
    public void lock(List<String> keys) {
        for (String key : keys) {
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) AS locked")
                    .param("key", key)
                    .query(Integer.class)
                    .single();
        }
    }

    /** The programmes of which the school has unconfirmed awards in the term. */
    public List<String> unconfirmedProgrammes(Term term, long schoolId) {
        return jdbc.sql("""
                        SELECT DISTINCT programme_code FROM award_award
                         WHERE term = :term AND school_id = :school AND confirmed_at IS NULL ORDER BY programme_code
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .query(String.class)
                .list();
    }

    /** The school's unconfirmed awards of the programmes and term, all or only those with the given ids. */
    public List<Unconfirmed> unconfirmed(
            Term term, long schoolId, Collection<String> programmes, Collection<Long> onlyIds) {
        return jdbc.sql("""
                        SELECT id, version, programme_code, programme_name, stage, tier, amount, id_number_index,
                               id_number_masked, student_name, school_name, student_id
                          FROM award_award
                         WHERE term = :term AND school_id = :school AND programme_code IN (:programmes) AND confirmed_at IS NULL
                           AND (CAST(:ids AS BIGINT[]) IS NULL OR id = ANY(CAST(:ids AS BIGINT[])))
                         ORDER BY programme_code, student_name, id
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .param("programmes", programmes)
                .param("ids", onlyIds == null ? null : onlyIds.toArray(Long[]::new))
                .query((rs, n) -> new Unconfirmed(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        rs.getString("stage"),
                        rs.getString("tier"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getString("id_number_index"),
                        rs.getString("id_number_masked"),
                        rs.getString("student_name"),
                        rs.getString("school_name"),
                        rs.getLong("student_id")))
                .list();
    }

    /** Count and amount of the school's confirmed awards per programme in the term. */
    public Map<String, Confirmed> confirmed(Term term, long schoolId, Collection<String> programmes) {
        Map<String, Confirmed> found = new HashMap<>();
        jdbc.sql("""
                        SELECT programme_code, count(*) AS awards, sum(amount) AS amount FROM award_award
                         WHERE term = :term AND school_id = :school AND programme_code IN (:programmes) AND confirmed_at IS NOT NULL
                         GROUP BY programme_code
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .param("programmes", programmes)
                .query(rs -> {
                    found.put(
                            rs.getString("programme_code"),
                            new Confirmed(rs.getLong("awards"), new Money(rs.getBigDecimal("amount"))));
                });
        return found;
    }

    /** Confirmed awards of the programmes in the terms held by these students (any school). */
    public Set<Held> held(Collection<Term> terms, Collection<String> idNumberIndexes, Collection<String> programmes) {
        Set<Held> held = new HashSet<>();
        if (idNumberIndexes.isEmpty() || programmes.isEmpty()) {
            return held;
        }
        jdbc.sql("""
                        SELECT DISTINCT id_number_index, programme_code FROM award_award
                         WHERE term IN (:terms) AND programme_code IN (:programmes)
                           AND id_number_index = ANY(CAST(:indexes AS TEXT[])) AND confirmed_at IS NOT NULL
                        """)
                .param("terms", terms.stream().map(Term::code).toList())
                .param("programmes", programmes)
                .param("indexes", idNumberIndexes.toArray(String[]::new))
                .query(rs -> {
                    held.add(new Held(rs.getString("id_number_index"), rs.getString("programme_code")));
                });
        return held;
    }

    /** Confirms the awards if none changed since read; returns how many were confirmed. */
    public int confirm(List<Unconfirmed> awards, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE award_award a
                           SET confirmed_at = :at, confirmed_by = :by, version = a.version + 1, updated_at = now()
                          FROM unnest(CAST(:ids AS BIGINT[]), CAST(:versions AS INTEGER[])) AS v(id, version)
                         WHERE a.id = v.id AND a.version = v.version AND a.confirmed_at IS NULL
                        """)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("ids", awards.stream().map(Unconfirmed::id).toArray(Long[]::new))
                .param("versions", awards.stream().map(Unconfirmed::version).toArray(Integer[]::new))
                .update();
    }

    /** A confirmed award as read for revoking its confirmation. */
    public record ConfirmedAward(long id, long studentId, String programmeCode, String programmeName, Money amount) {}

    /** The programmes of which the school has confirmed awards in the term. */
    public List<String> confirmedProgrammes(Term term, long schoolId) {
        return jdbc.sql("""
                        SELECT DISTINCT programme_code FROM award_award
                         WHERE term = :term AND school_id = :school AND confirmed_at IS NOT NULL ORDER BY programme_code
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .query(String.class)
                .list();
    }

    /**
     * The school's confirmed awards of the programmes and term, locked until the transaction ends,
     * in the order a payout batch being created locks them {@code FOR SHARE}: that batch waits, or
     * has committed and its payments are visible to the next statement.
     */
    public List<ConfirmedAward> confirmedForUpdate(Term term, long schoolId, Collection<String> programmes) {
        return jdbc.sql("""
                        SELECT id, student_id, programme_code, programme_name, amount FROM award_award
                         WHERE term = :term AND school_id = :school AND programme_code IN (:programmes) AND confirmed_at IS NOT NULL
                         ORDER BY\s""" + PayableAwards.PAYOUT_ORDER + " FOR UPDATE")
                .param("term", term.code())
                .param("school", schoolId)
                .param("programmes", programmes)
                .query((rs, n) -> new ConfirmedAward(
                        rs.getLong("id"),
                        rs.getLong("student_id"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /** The student's confirmed awards of the term at the school, in these programmes, locked. */
    public List<ConfirmedAward> confirmedOfStudentForUpdate(
            Term term, long schoolId, long studentId, Collection<String> programmes) {
        return jdbc.sql("""
                        SELECT id, student_id, programme_code, programme_name, amount FROM award_award
                         WHERE term = :term AND school_id = :school AND student_id = :student
                           AND programme_code IN (:programmes) AND confirmed_at IS NOT NULL
                         ORDER BY\s""" + PayableAwards.PAYOUT_ORDER + " FOR UPDATE")
                .param("term", term.code())
                .param("school", schoolId)
                .param("student", studentId)
                .param("programmes", programmes)
                .query((rs, n) -> new ConfirmedAward(
                        rs.getLong("id"),
                        rs.getLong("student_id"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /** The programmes of which the student has confirmed awards at the school in the term. */
    public List<String> confirmedProgrammesOfStudent(Term term, long schoolId, long studentId) {
        return jdbc.sql("""
                        SELECT DISTINCT programme_code FROM award_award
                         WHERE term = :term AND school_id = :school AND student_id = :student AND confirmed_at IS NOT NULL
                         ORDER BY programme_code
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .param("student", studentId)
                .query(String.class)
                .list();
    }

    /** Takes the confirmation back from these awards (locked by the caller); returns how many changed. */
    public int revoke(Collection<Long> awardIds) {
        return jdbc.sql("""
                        UPDATE award_award SET confirmed_at = NULL, confirmed_by = NULL, version = version + 1, updated_at = now()
                         WHERE id = ANY(CAST(:ids AS BIGINT[])) AND confirmed_at IS NOT NULL
                        """).param("ids", awardIds.toArray(Long[]::new)).update();
    }

    /** A school and programme of a term: imported and confirmed awards, for the confirmation page. */
    public record Tally(
            long schoolId,
            String schoolCode,
            String schoolName,
            String programmeCode,
            String programmeName,
            long imported,
            Money importedAmount,
            long confirmed,
            Money confirmedAmount) {}

    /** One tally per school and programme of the term for the schools inside the scope. */
    public List<Tally> tallies(Term term, DataScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT school_id, min(school_code) AS school_code, min(school_name) AS school_name, programme_code,
                               min(programme_name) AS programme_name, count(*) AS imported, sum(amount) AS imported_amount,
                               count(*) FILTER (WHERE confirmed_at IS NOT NULL) AS confirmed,
                               coalesce(sum(amount) FILTER (WHERE confirmed_at IS NOT NULL), 0) AS confirmed_amount
                          FROM award_award a
                         WHERE term = :term
                           AND %s
                         GROUP BY school_id, programme_code
                         ORDER BY min(school_code), programme_code
                        """.formatted(ScopeFilter.awardsOfSchools("a")))
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> new Tally(
                        rs.getLong("school_id"),
                        rs.getString("school_code"),
                        rs.getString("school_name"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        rs.getLong("imported"),
                        new Money(rs.getBigDecimal("imported_amount")),
                        rs.getLong("confirmed"),
                        new Money(rs.getBigDecimal("confirmed_amount"))))
                .list();
    }
}
