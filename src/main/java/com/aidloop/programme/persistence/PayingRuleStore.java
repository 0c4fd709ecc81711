package com.aidloop.programme.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ExclusiveProgrammes;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.programme.ProgrammeChannel;
import com.aidloop.programme.SchoolQuota;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the paying rules (V14, V51): funding shares, payout schedules, payment channels,
 * exclusive programmes and school quotas. Rows are only appended and superseded; reads take the rows standing at a moment.
 */
@Repository
public class PayingRuleStore {

    private static final String STANDING_AT = " recorded_at <= :at AND (superseded_at IS NULL OR superseded_at > :at) ";

    private final JdbcClient jdbc;

    PayingRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every share version of the programme standing at the moment, any term. */
    public List<FundingShares> shares(String programmeCode, Instant at) {
        return jdbc.sql("""
                        SELECT s.* FROM programme_funding_share s JOIN programme_programme p ON p.id = s.programme_id
                         WHERE p.code = :code AND s.recorded_at <= :at AND (s.superseded_at IS NULL OR s.superseded_at > :at)
                        """)
                .param("code", programmeCode)
                .param("at", utc(at))
                .query((rs, n) -> new FundingShares(
                        Term.parse(rs.getString("valid_from")),
                        rs.getBigDecimal("central"),
                        rs.getBigDecimal("provincial"),
                        rs.getBigDecimal("city"),
                        rs.getBigDecimal("county"),
                        rs.getBigDecimal("school"),
                        rs.getBigDecimal("social"),
                        rs.getString("note"),
                        rs.getString("source"),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    public void recordShares(long programmeId, FundingShares s) {
        supersede(
                "programme_funding_share",
                "programme_id = :programme AND valid_from = :from",
                programmeId,
                s.validFrom(),
                null,
                s.recordedAt(),
                s.recordedBy());
        jdbc.sql("""
                        INSERT INTO programme_funding_share (programme_id, valid_from, central, provincial, city, county, school,
                                                             social, note, source, recorded_at, recorded_by)
                        VALUES (:programme, :from, :central, :provincial, :city, :county, :school, :social, :note, :source, :at, :by)
                        """)
                .param("programme", programmeId)
                .param("from", s.validFrom().code())
                .param("central", s.central())
                .param("provincial", s.provincial())
                .param("city", s.city())
                .param("county", s.county())
                .param("school", s.school())
                .param("social", s.social())
                .param("note", s.note())
                .param("source", s.source())
                .param("at", utc(s.recordedAt()))
                .param("by", s.recordedBy())
                .update();
    }

    public List<PayoutSchedule> schedules(String programmeCode, Instant at) {
        return jdbc.sql("""
                        SELECT s.* FROM programme_payout_schedule s JOIN programme_programme p ON p.id = s.programme_id
                         WHERE p.code = :code AND s.recorded_at <= :at AND (s.superseded_at IS NULL OR s.superseded_at > :at)
                        """)
                .param("code", programmeCode)
                .param("at", utc(at))
                .query((rs, n) -> new PayoutSchedule(
                        Term.parse(rs.getString("valid_from")),
                        PayoutSchedule.Mode.valueOf(rs.getString("mode")),
                        (Integer) rs.getObject("months"),
                        rs.getString("note"),
                        rs.getString("source"),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    /**
     * Every moment a payout schedule was recorded or superseded, of the programmes that were ever
     * set to pay monthly (any other pays once per term at every moment), oldest first.
     */
    public List<Instant> scheduleMoments() {
        return jdbc.sql("""
                        WITH monthly AS (
                            SELECT * FROM programme_payout_schedule
                             WHERE programme_id IN (SELECT programme_id FROM programme_payout_schedule WHERE mode = 'MONTHLY')
                        )
                        SELECT recorded_at AS at FROM monthly
                        UNION SELECT superseded_at FROM monthly WHERE superseded_at IS NOT NULL
                        ORDER BY 1
                        """).query((rs, n) -> instant(rs, "at")).list();
    }

    public void recordSchedule(long programmeId, PayoutSchedule s) {
        supersede(
                "programme_payout_schedule",
                "programme_id = :programme AND valid_from = :from",
                programmeId,
                s.validFrom(),
                null,
                s.recordedAt(),
                s.recordedBy());
        jdbc.sql("""
                        INSERT INTO programme_payout_schedule (programme_id, valid_from, mode, months, note, source, recorded_at,
                                                               recorded_by)
                        VALUES (:programme, :from, :mode, :months, :note, :source, :at, :by)
                        """)
                .param("programme", programmeId)
                .param("from", s.validFrom().code())
                .param("mode", s.mode().name())
                .param("months", s.months())
                .param("note", s.note())
                .param("source", s.source())
                .param("at", utc(s.recordedAt()))
                .param("by", s.recordedBy())
                .update();
    }

    /** Every channel version standing at the moment, of every programme (a small table), with its programme's code. */
    public List<CodedChannel> channels(Instant at) {
        return jdbc.sql("""
                        SELECT s.*, p.code FROM programme_payment_channel s JOIN programme_programme p ON p.id = s.programme_id
                         WHERE s.recorded_at <= :at AND (s.superseded_at IS NULL OR s.superseded_at > :at)
                        """)
                .param("at", utc(at))
                .query((rs, n) -> new CodedChannel(
                        rs.getString("code"),
                        new ProgrammeChannel(
                                Term.parse(rs.getString("valid_from")),
                                PaymentChannel.valueOf(rs.getString("channel")),
                                rs.getString("note"),
                                rs.getString("source"),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by"))))
                .list();
    }

    /** A channel version and the code of its programme. */
    public record CodedChannel(String programmeCode, ProgrammeChannel channel) {}

    public void recordChannel(long programmeId, ProgrammeChannel c) {
        supersede(
                "programme_payment_channel",
                "programme_id = :programme AND valid_from = :from",
                programmeId,
                c.validFrom(),
                null,
                c.recordedAt(),
                c.recordedBy());
        jdbc.sql("""
                        INSERT INTO programme_payment_channel (programme_id, valid_from, channel, note, source, recorded_at, recorded_by)
                        VALUES (:programme, :from, :channel, :note, :source, :at, :by)
                        """)
                .param("programme", programmeId)
                .param("from", c.validFrom().code())
                .param("channel", c.channel().name())
                .param("note", c.note())
                .param("source", c.source())
                .param("at", utc(c.recordedAt()))
                .param("by", c.recordedBy())
                .update();
    }

    /** The groups standing at the moment that the scope sees ({@link ScopeFilter#catalogueEntries}). */
    public List<ExclusiveProgrammes> exclusions(Instant at, DataScope scope) {
        return jdbc.sql("SELECT * FROM programme_exclusion e WHERE" + STANDING_AT + "AND "
                        + ScopeFilter.catalogueEntries("e") + " ORDER BY id")
                .params(ScopeFilter.params(scope))
                .param("at", utc(at))
                .query((rs, n) -> exclusion(rs))
                .list();
    }

    /** A standing group the scope sees. */
    public Optional<ExclusiveProgrammes> standingExclusion(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM programme_exclusion e WHERE e.id = :id AND e.superseded_at IS NULL AND "
                        + ScopeFilter.catalogueEntries("e"))
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query((rs, n) -> exclusion(rs))
                .optional();
    }

    /** Records an approved group. */
    public long addExclusion(ExclusiveProgrammes g) {
        return jdbc.sql("""
                        INSERT INTO programme_exclusion (owner_region, name, programme_codes, note, source, recorded_at, recorded_by,
                                                         approved_by)
                        VALUES (:owner, :name, CAST(:codes AS TEXT[]), :note, :source, :at, :by, :approvedBy) RETURNING id
                        """)
                .param("owner", g.owner().regionCode())
                .param("name", g.name())
                .param("codes", g.programmeCodes().toArray(String[]::new))
                .param("note", g.note())
                .param("source", g.source())
                .param("at", utc(g.recordedAt()))
                .param("by", g.recordedBy())
                .param("approvedBy", g.approvedBy())
                .query(Long.class)
                .single();
    }

    /** Supersedes a standing group; empty if there is none with that id (removed meanwhile). */
    public Optional<ExclusiveProgrammes> removeExclusion(long id, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE programme_exclusion SET superseded_at = :at, superseded_by = :by
                         WHERE id = :id AND superseded_at IS NULL RETURNING *
                        """)
                .param("id", id)
                .param("at", utc(at))
                .param("by", by)
                .query((rs, n) -> exclusion(rs))
                .optional();
    }

    public Optional<SchoolQuota> quota(long schoolId, String programmeCode, Term term, Instant at) {
        return jdbc.sql("""
                        SELECT q.*, p.code FROM programme_school_quota q JOIN programme_programme p ON p.id = q.programme_id
                         WHERE q.school_id = :school AND p.code = :code AND q.term = :term
                           AND q.recorded_at <= :at AND (q.superseded_at IS NULL OR q.superseded_at > :at)
                        """)
                .param("school", schoolId)
                .param("code", programmeCode)
                .param("term", term.code())
                .param("at", utc(at))
                .query((rs, n) -> quota(rs))
                .optional();
    }

    /** The standing quotas of the term for these schools (one query for a page). */
    public List<SchoolQuota> quotas(Term term, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT q.*, p.code FROM programme_school_quota q JOIN programme_programme p ON p.id = q.programme_id
                         WHERE q.term = :term AND q.school_id IN (:schools) AND q.superseded_at IS NULL
                         ORDER BY q.school_id, p.code
                        """)
                .param("term", term.code())
                .param("schools", schoolIds)
                .query((rs, n) -> quota(rs))
                .list();
    }

    public void recordQuota(long programmeId, SchoolQuota q) {
        supersede(
                "programme_school_quota",
                "programme_id = :programme AND term = :from AND school_id = :school",
                programmeId,
                q.term(),
                q.schoolId(),
                q.recordedAt(),
                q.recordedBy());
        jdbc.sql("""
                        INSERT INTO programme_school_quota (school_id, programme_id, term, quota, budget, recorded_at, recorded_by)
                        VALUES (:school, :programme, :term, :quota, :budget, :at, :by)
                        """)
                .param("school", q.schoolId())
                .param("programme", programmeId)
                .param("term", q.term().code())
                .param("quota", q.quota())
                .param("budget", q.budget() == null ? null : q.budget().yuan())
                .param("at", utc(q.recordedAt()))
                .param("by", q.recordedBy())
                .update();
    }

    /** The programme's id, whoever owns it; empty if the code is unknown. */
    public Optional<Long> programmeId(String code) {
        return jdbc.sql("SELECT id FROM programme_programme WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .optional();
    }

    /** The programme's name, whoever owns it; empty if the code is unknown. */
    public Optional<String> programmeName(String code) {
        return jdbc.sql("SELECT name FROM programme_programme WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    private void supersede(
            String table, String where, long programmeId, Term term, Long schoolId, Instant at, String by) {
        jdbc.sql("UPDATE " + table + " SET superseded_at = :at, superseded_by = :by WHERE superseded_at IS NULL AND "
                        + where)
                .param("programme", programmeId)
                .param("from", term.code())
                .param("school", schoolId)
                .param("at", utc(at))
                .param("by", by)
                .update();
    }

    private static ExclusiveProgrammes exclusion(ResultSet rs) throws SQLException {
        Array codes = rs.getArray("programme_codes");
        return new ExclusiveProgrammes(
                rs.getLong("id"),
                new CatalogueOwner(rs.getString("owner_region")),
                rs.getString("name"),
                Arrays.asList((String[]) codes.getArray()),
                rs.getString("note"),
                rs.getString("source"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"),
                rs.getString("approved_by"));
    }

    private static SchoolQuota quota(ResultSet rs) throws SQLException {
        BigDecimal budget = rs.getBigDecimal("budget");
        return new SchoolQuota(
                rs.getLong("school_id"),
                rs.getString("code"),
                Term.parse(rs.getString("term")),
                (Integer) rs.getObject("quota"),
                budget == null ? null : new Money(budget),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
