package com.aidloop.programme.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ChangeStatus;
import com.aidloop.programme.Tier;
import com.aidloop.programme.domain.CatalogueChange;
import com.aidloop.programme.domain.CatalogueChange.Content;
import com.aidloop.programme.domain.CatalogueChange.ProposedExclusion;
import com.aidloop.programme.domain.CatalogueChange.ProposedRemoval;
import com.aidloop.programme.domain.CatalogueChange.ProposedStandard;
import com.aidloop.programme.domain.StandardEntry;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores proposed changes of the catalogue ({@code programme_change}, V39). A change is read only
 * inside a scope that sees its owner ({@link ScopeFilter#catalogueEntries}); its decision is saved
 * if nobody decided it since it was loaded.
 */
@Repository
public class ChangeStore {

    private static final String CHANGES = """
            SELECT c.*, p.code AS programme_code
              FROM programme_change c LEFT JOIN programme_programme p ON p.id = c.programme_id
             WHERE""" + " " + ScopeFilter.catalogueEntries("c");

    private final JdbcClient jdbc;

    ChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a new proposal and answers its id. */
    public long insert(CatalogueChange change) {
        return jdbc.sql("""
                        INSERT INTO programme_change (kind, owner_region, summary, programme_id, tier_code, tier_label, valid_from,
                                                      amount, min_amount, max_amount, withdrawn, exclusion_id, exclusion_name,
                                                      programme_codes, note, source, proposed_by, proposed_at)
                        VALUES (:kind, :owner, :summary, :programme, :tierCode, :tierLabel, :validFrom, :amount, :min, :max,
                                :withdrawn, :exclusion, :name, CAST(:codes AS TEXT[]), :note, :source, :by, :at)
                        RETURNING id
                        """).params(params(change)).query(Long.class).single();
    }

    private static Map<String, Object> params(CatalogueChange change) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", change.kind().name());
        p.put("owner", change.owner().regionCode());
        p.put("summary", change.summary());
        p.put("by", change.proposedBy());
        p.put("at", utc(change.proposedAt()));
        for (String column : List.of(
                "programme",
                "tierCode",
                "tierLabel",
                "validFrom",
                "amount",
                "min",
                "max",
                "withdrawn",
                "exclusion",
                "name",
                "codes")) {
            p.put(column, null);
        }
        switch (change.content()) {
            case ProposedStandard s -> putStandard(p, s);
            case ProposedExclusion x -> {
                p.put("name", x.name());
                p.put("codes", x.programmeCodes().toArray(String[]::new));
                p.put("note", x.note());
                p.put("source", x.source());
            }
            case ProposedRemoval r -> {
                p.put("exclusion", r.exclusionId());
                p.put("name", r.name());
                p.put("codes", r.programmeCodes().toArray(String[]::new));
                p.put("note", "");
                p.put("source", "");
            }
        }
        return p;
    }

    private static void putStandard(Map<String, Object> p, ProposedStandard standard) {
        StandardEntry e = standard.entry();
        p.put("programme", standard.programmeId());
        p.put("tierCode", e.tier().code());
        p.put("tierLabel", e.tier().label());
        p.put("validFrom", e.validFrom().code());
        p.put("amount", yuan(e.amount()));
        p.put("min", yuan(e.minimum()));
        p.put("max", yuan(e.maximum()));
        p.put("withdrawn", e.withdrawn());
        p.put("note", e.note());
        p.put("source", e.source());
    }

    /** The change if the scope sees it. */
    public Optional<CatalogueChange> byId(long id, DataScope scope) {
        return jdbc.sql(CHANGES + " AND c.id = :id")
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query((rs, n) -> change(rs))
                .optional();
    }

    /**
     * The changes the scope sees: the pending ones (oldest first), or the decided ones (latest
     * decision first, at most {@code limit}); of one programme when a code is given.
     */
    public List<CatalogueChange> list(DataScope scope, boolean pending, String programmeCode, int limit) {
        String order = pending ? " ORDER BY c.id" : " ORDER BY c.decided_at DESC, c.id DESC";
        return jdbc.sql(CHANGES + (pending ? " AND c.status = 'PENDING'" : " AND c.status <> 'PENDING'")
                        + " AND (CAST(:code AS text) IS NULL OR p.code = :code)" + order + " LIMIT :limit")
                .params(ScopeFilter.params(scope))
                .param("code", programmeCode)
                .param("limit", limit)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** Saves the decision if nobody decided the change since it was loaded; false if somebody did. */
    public boolean saveDecision(CatalogueChange change) {
        return jdbc.sql("""
                        UPDATE programme_change
                           SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'PENDING'
                        """)
                        .param("status", change.status().name())
                        .param("by", change.decidedBy())
                        .param("at", utc(change.decidedAt()))
                        .param("note", change.decisionNote())
                        .param("id", change.id())
                        .param("version", change.version())
                        .update()
                == 1;
    }

    private static CatalogueChange change(ResultSet rs) throws SQLException {
        return CatalogueChange.restore(
                rs.getLong("id"),
                rs.getInt("version"),
                new CatalogueOwner(rs.getString("owner_region")),
                content(rs),
                rs.getString("summary"),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                ChangeStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }

    private static Content content(ResultSet rs) throws SQLException {
        return switch (rs.getString("kind")) {
            case "STANDARD" ->
                new ProposedStandard(
                        rs.getLong("programme_id"),
                        rs.getString("programme_code"),
                        new StandardEntry(
                                new Tier(rs.getString("tier_code"), rs.getString("tier_label")),
                                Term.parse(rs.getString("valid_from")),
                                money(rs, "amount"),
                                money(rs, "min_amount"),
                                money(rs, "max_amount"),
                                rs.getBoolean("withdrawn"),
                                rs.getString("note"),
                                rs.getString("source")));
            case "EXCLUSION_ADDED" ->
                new ProposedExclusion(
                        rs.getString("exclusion_name"), codes(rs), rs.getString("note"), rs.getString("source"));
            default -> new ProposedRemoval(rs.getLong("exclusion_id"), rs.getString("exclusion_name"), codes(rs));
        };
    }

    private static List<String> codes(ResultSet rs) throws SQLException {
        Array codes = rs.getArray("programme_codes");
        return codes == null ? List.of() : Arrays.asList((String[]) codes.getArray());
    }

    private static BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
