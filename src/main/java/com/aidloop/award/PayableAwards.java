package com.aidloop.award;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.programme.PayingRules;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmed awards that the payout (一卡兑现) pays: read per term, household township and
 * programme, or by id. Unconfirmed awards are never returned. A programme that pays the school or
 * in kind in the term has nothing to pay by card: reading its awards for a card payout is refused
 * ({@link PayingRules#requirePaidByCard}).
 */
@Service
public class PayableAwards {

    private static final int FETCH_SIZE = 2_000;
    /**
     * The bank file's order, and the order in which both a batch's read ({@code FOR SHARE}) and a
     * revocation ({@code FOR UPDATE}, {@code ConfirmationStore}) lock awards: one total order, so
     * that the two never wait for each other crosswise.
     */
    public static final String PAYOUT_ORDER = "household_village_code NULLS LAST, school_code, student_name, id";

    private static final String COLUMNS = """
            SELECT id, term, programme_code, programme_name, stage, amount, student_id, student_name,
                   school_id, school_code, school_name, school_township_code, household_township_code,
                   household_village_code, guardian_name, phone_sealed, card_bank, card_number_sealed,
                   card_number_masked, card_number_index, confirmed_at, confirmed_by
              FROM award_award
            """;

    private final JdbcClient jdbc;
    private final PayingRules rules;

    PayableAwards(JdbcClient jdbc, PayingRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * Hands every confirmed award of the term, household township and programme inside the scope
     * to {@code sink}, ordered by village, school, student name and id (the bank file's order).
     */
    @Transactional(readOnly = true)
    public void forEach(
            Term term, String townshipCode, String programmeCode, DataScope scope, Consumer<PayableAward> sink) {
        read(term, townshipCode, programmeCode, scope, "", sink);
    }

    /**
     * As {@link #forEach}, for a payout batch being created: each award is locked {@code FOR SHARE}
     * until the caller's transaction ends, so that its confirmation cannot be revoked meanwhile; an
     * award whose confirmation a revocation took back while this read waited is left out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forEachToPay(
            Term term, String townshipCode, String programmeCode, DataScope scope, Consumer<PayableAward> sink) {
        read(term, townshipCode, programmeCode, scope, " FOR SHARE", sink);
    }

    /**
     * Hands every confirmed award of the term and programmes whose household lies in one of the
     * regions (a county, or townships) inside the scope to {@code sink}, in the bank file's order,
     * for a payout round (发放轮次) being previewed.
     */
    @Transactional(readOnly = true)
    public void forEachInRegions(
            Term term,
            Collection<String> programmeCodes,
            Collection<String> regionCodes,
            DataScope scope,
            Consumer<PayableAward> sink) {
        readRegions(term, programmeCodes, regionCodes, scope, "", sink);
    }

    /** Whether the programme pays onto students' cards in the term (not to the school or in kind). */
    public boolean paidByCard(String programmeCode, Term term) {
        return !rules.channelOf(programmeCode, term).settledWithSchool();
    }

    /** As {@link #forEachInRegions}, for a round being created: each award locked {@code FOR SHARE} (see {@link #forEachToPay}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forEachInRegionsToPay(
            Term term,
            Collection<String> programmeCodes,
            Collection<String> regionCodes,
            DataScope scope,
            Consumer<PayableAward> sink) {
        readRegions(term, programmeCodes, regionCodes, scope, " FOR SHARE", sink);
    }

    private void readRegions(
            Term term,
            Collection<String> programmeCodes,
            Collection<String> regionCodes,
            DataScope scope,
            String lock,
            Consumer<PayableAward> sink) {
        if (scope.isNothing() || programmeCodes.isEmpty() || regionCodes.isEmpty()) {
            return;
        }
        jdbc
                .sql(COLUMNS
                        + """
                 WHERE term = :term AND programme_code = ANY(CAST(:programmes AS text[]))
                   AND %s
                   AND confirmed_at IS NOT NULL
                   AND %s
                 ORDER BY %s%s""".formatted(
                                        ScopeFilter.awardsToPayWithinAny("award_award"),
                                        ScopeFilter.awardsToPay("award_award"),
                                        PAYOUT_ORDER,
                                        lock))
                .param("term", term.code())
                .param("programmes", programmeCodes.toArray(String[]::new))
                .param(ScopeFilter.WITHIN_ANY, ScopeFilter.withinAnyParam(regionCodes))
                .params(ScopeFilter.params(scope))
                .withFetchSize(FETCH_SIZE)
                .query(PayableAwards::map)
                .stream()
                .forEach(sink);
    }

    private void read(
            Term term,
            String townshipCode,
            String programmeCode,
            DataScope scope,
            String lock,
            Consumer<PayableAward> sink) {
        rules.requirePaidByCard(programmeCode, term);
        if (scope.isNothing()) {
            return;
        }
        jdbc
                .sql(COLUMNS + """
                 WHERE term = :term AND household_township_code = :township AND programme_code = :programme
                   AND confirmed_at IS NOT NULL
                   AND %s
                 ORDER BY %s%s""".formatted(ScopeFilter.awardsToPay("award_award"), PAYOUT_ORDER, lock))
                .param("term", term.code())
                .param("township", townshipCode)
                .param("programme", programmeCode)
                .params(ScopeFilter.params(scope))
                .withFetchSize(FETCH_SIZE)
                .query(PayableAwards::map)
                .stream()
                .forEach(sink);
    }

    /** The confirmed awards among {@code awardIds} (unconfirmed or unknown ids are left out); one array parameter, any count. */
    @Transactional(readOnly = true)
    public List<PayableAward> byIds(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id = ANY(CAST(:ids AS bigint[])) AND confirmed_at IS NOT NULL ORDER BY id")
                .param("ids", awardIds.toArray(Long[]::new))
                .query(PayableAwards::map)
                .list();
    }

    /** The student's confirmed awards inside the payout scope, newest term first. */
    @Transactional(readOnly = true)
    public List<PayableAward> ofStudent(long studentId, DataScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE student_id = :student AND confirmed_at IS NOT NULL AND "
                        + ScopeFilter.awardsToPay("award_award") + " ORDER BY term DESC, programme_code, id")
                .param("student", studentId)
                .params(ScopeFilter.params(scope))
                .query(PayableAwards::map)
                .list();
    }

    /** A term's confirmed awards of one school and programme: how many and how much. */
    public record PlannedPayout(
            Term term,
            long schoolId,
            String schoolName,
            String schoolTownshipCode,
            String programmeCode,
            String programmeName,
            long awards,
            Money amount) {}

    /**
     * Count and sum of the confirmed awards of the terms per school and programme, inside the
     * payout scope: school staff their school, a region account the awards whose household
     * township (the township whose batch pays them) lies in its division. One grouped query.
     */
    @Transactional(readOnly = true)
    public List<PlannedPayout> confirmedBySchoolAndProgramme(Collection<Term> terms, DataScope scope) {
        if (scope.isNothing() || terms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT term, school_id, max(school_name) AS school_name, max(school_township_code) AS school_township_code,
                       programme_code, max(programme_name) AS programme_name, count(*) AS awards, sum(amount) AS amount
                  FROM award_award a
                 WHERE term = ANY(:terms) AND confirmed_at IS NOT NULL
                   AND %s
                 GROUP BY term, school_id, programme_code
                """.formatted(ScopeFilter.awardsToPay("a")))
                .param("terms", terms.stream().map(Term::code).toArray(String[]::new))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new PlannedPayout(
                        Term.parse(rs.getString("term")),
                        rs.getLong("school_id"),
                        rs.getString("school_name"),
                        rs.getString("school_township_code"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        rs.getLong("awards"),
                        new Money(rs.getBigDecimal("amount"))))
                .list();
    }

    /**
     * Confirmed awards alike for the payout schedule: same term, school, programme and amount, and
     * confirmed between the same two of {@code moments} (the moments a schedule changed), so that one
     * schedule governs them all; {@code confirmedAt} is the latest confirmation of the group.
     */
    public record ConfirmedAlike(
            Term term, long schoolId, String programmeCode, Money amount, Instant confirmedAt, long awards) {}

    /** The confirmed awards of the terms inside the payout scope, grouped alike (one grouped query). */
    @Transactional(readOnly = true)
    public List<ConfirmedAlike> confirmedAlike(Collection<Term> terms, DataScope scope, List<Instant> moments) {
        if (scope.isNothing() || terms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT term, school_id, programme_code, amount, max(confirmed_at) AS confirmed_at, count(*) AS awards
                  FROM (SELECT a.term, a.school_id, a.programme_code, a.amount, a.confirmed_at,
                               (SELECT count(*) FROM unnest(CAST(:moments AS TIMESTAMPTZ[])) AS m(at)
                                 WHERE m.at <= a.confirmed_at) AS interval
                          FROM award_award a
                         WHERE a.term = ANY(:terms) AND a.confirmed_at IS NOT NULL
                           AND %s) alike
                 GROUP BY term, school_id, programme_code, amount, interval
                """.formatted(ScopeFilter.awardsToPay("a")))
                .param("terms", terms.stream().map(Term::code).toArray(String[]::new))
                .param("moments", moments.stream().map(Instant::toString).toArray(String[]::new))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new ConfirmedAlike(
                        Term.parse(rs.getString("term")),
                        rs.getLong("school_id"),
                        rs.getString("programme_code"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getTimestamp("confirmed_at").toInstant(),
                        rs.getLong("awards")))
                .list();
    }

    /** What a payment says about the award it pays. */
    public record PaidAward(long awardId, Money amount) {}

    /** How a payment's award differs from what the payment says. */
    public enum Difference {
        /** No award has that id. */
        UNKNOWN,
        /** The award belongs to another term. */
        OTHER_TERM,
        /** The award exists but is not confirmed. */
        NOT_CONFIRMED,
        /** The award's amount is not the payment's. */
        OTHER_AMOUNT
    }

    /** A payment's claim that its award does not bear out; {@code awardAmount} is null for an unknown award. */
    public record AwardDifference(long awardId, Money claimed, Difference difference, Money awardAmount) {}

    /**
     * The claims whose award is unknown, of another term, not confirmed or of another amount,
     * compared in one query (the claims travel as two arrays).
     */
    @Transactional(readOnly = true)
    public List<AwardDifference> differences(Term term, Collection<PaidAward> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.amount AS claimed, a.id AS found, a.term, a.confirmed_at, a.amount
                  FROM unnest(CAST(:ids AS BIGINT[]), CAST(:amounts AS NUMERIC[])) AS c(id, amount)
                  LEFT JOIN award_award a ON a.id = c.id
                 WHERE a.id IS NULL OR a.term <> :term OR a.confirmed_at IS NULL OR a.amount <> c.amount
                 ORDER BY c.id
                """)
                .param(
                        "ids",
                        claims.stream().map(c -> Long.toString(c.awardId())).toArray(String[]::new))
                .param(
                        "amounts",
                        claims.stream()
                                .map(c -> c.amount().yuan().toPlainString())
                                .toArray(String[]::new))
                .param("term", term.code())
                .query((rs, row) -> {
                    Money claimed = new Money(rs.getBigDecimal("claimed"));
                    if (rs.getObject("found") == null) {
                        return new AwardDifference(rs.getLong("id"), claimed, Difference.UNKNOWN, null);
                    }
                    Money amount = new Money(rs.getBigDecimal("amount"));
                    Difference difference = !rs.getString("term").equals(term.code())
                            ? Difference.OTHER_TERM
                            : rs.getObject("confirmed_at") == null ? Difference.NOT_CONFIRMED : Difference.OTHER_AMOUNT;
                    return new AwardDifference(rs.getLong("id"), claimed, difference, amount);
                })
                .list();
    }

    /** Confirmed awards that nothing pays yet: how many, how much, and the first few (by school, programme, name). */
    public record Unpaid(long awards, Money amount, List<PayableAward> first) {}

    /**
     * The term's confirmed awards in the payout scope (as {@link #confirmedBySchoolAndProgramme})
     * whose id is not among {@code paidAwardIds}, leaving out the programmes {@code paidOtherwise}
     * (those settled with the schools); at most {@code limit} of them listed.
     */
    @Transactional(readOnly = true)
    public Unpaid confirmedOutside(
            Term term, DataScope scope, Collection<Long> paidAwardIds, Collection<String> paidOtherwise, int limit) {
        if (scope.isNothing()) {
            return new Unpaid(0, Money.ZERO, List.of());
        }
        String outside = """
                  FROM award_award a
                  LEFT JOIN unnest(CAST(:ids AS BIGINT[])) AS p(paid_id) ON p.paid_id = a.id
                 WHERE a.term = :term AND a.confirmed_at IS NOT NULL AND p.paid_id IS NULL
                   AND a.programme_code <> ALL(CAST(:others AS TEXT[]))
                   AND """ + ScopeFilter.awardsToPay("a");
        String[] others = paidOtherwise.toArray(String[]::new);
        String[] ids = paidAwardIds.stream().map(String::valueOf).toArray(String[]::new);
        AwardBook.Totals totals = jdbc.sql("SELECT count(*) AS awards, coalesce(sum(a.amount), 0) AS amount " + outside)
                .param("ids", ids)
                .param("others", others)
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new AwardBook.Totals(rs.getLong("awards"), new Money(rs.getBigDecimal("amount"))))
                .single();
        List<PayableAward> first = jdbc.sql(COLUMNS.replace("FROM award_award", "") + outside
                        + " ORDER BY a.school_code, a.programme_code, a.student_name, a.id LIMIT :limit")
                .param("ids", ids)
                .param("others", others)
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .param("limit", limit)
                .query(PayableAwards::map)
                .list();
        return new Unpaid(totals.awards(), totals.amount(), first);
    }

    private static PayableAward map(ResultSet rs, int row) throws SQLException {
        return new PayableAward(
                rs.getLong("id"),
                Term.parse(rs.getString("term")),
                rs.getString("programme_code"),
                rs.getString("programme_name"),
                rs.getString("stage"),
                new Money(rs.getBigDecimal("amount")),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getLong("school_id"),
                rs.getString("school_code"),
                rs.getString("school_name"),
                rs.getString("school_township_code"),
                rs.getString("household_township_code"),
                rs.getString("household_village_code"),
                rs.getString("guardian_name"),
                rs.getString("phone_sealed"),
                rs.getString("card_bank"),
                rs.getString("card_number_sealed"),
                rs.getString("card_number_masked"),
                rs.getString("card_number_index"),
                rs.getTimestamp("confirmed_at").toInstant(),
                rs.getString("confirmed_by"));
    }
}
