package com.aidloop.programme.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.FundingLevel;
import com.aidloop.programme.ProgrammeKind;
import com.aidloop.programme.Semesters;
import com.aidloop.programme.Standard;
import com.aidloop.programme.Tier;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.Programme.Deactivation;
import com.aidloop.programme.domain.ProgrammeFacts;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores programmes in {@code programme_programme} and their standards in
 * {@code programme_standard}. The catalogue is small (dozens of programmes, hundreds of
 * versions), so the part a scope sees is read whole in two queries and sliced by term and moment
 * in memory. Which programmes a scope sees is {@link ScopeFilter#catalogueEntries}.
 */
@Repository
public class ProgrammeStore {

    private static final String PROGRAMMES = """
            SELECT id, version, owner_region, code, name, array_to_string(aliases, chr(31)) AS aliases,
                   array_to_string(stages, ',') AS stages, semesters, kind, funding_level, first_term,
                   source, note, last_term, deactivated_at, deactivated_by, created_at, created_by
              FROM programme_programme
            """;

    private static final String STANDARDS = """
            SELECT id, programme_id, tier_code, tier_label, valid_from, amount, min_amount, max_amount, withdrawn,
                   note, source, recorded_at, recorded_by, approved_by, superseded_at, superseded_by
              FROM programme_standard
            """;

    private static final String IN_SCOPE = " WHERE " + ScopeFilter.catalogueEntries("p");

    private final JdbcClient jdbc;

    public ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every programme with its whole history, whoever owns it: to keep names apart, never to show. */
    public List<Programme> all() {
        return read(DataScope.nothing(), false);
    }

    /** Every programme the scope sees, with its whole history. */
    public List<Programme> all(DataScope scope) {
        return read(scope, true);
    }

    private List<Programme> read(DataScope scope, boolean scoped) {
        String programmes = "SELECT p.* FROM (" + PROGRAMMES + ") p" + (scoped ? IN_SCOPE : "");
        Map<Long, List<Standard>> standards = new HashMap<>();
        jdbc.sql("SELECT s.* FROM (" + STANDARDS + ") s WHERE s.programme_id IN (SELECT p.id FROM (" + programmes
                        + ") p) ORDER BY s.id")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> {
                    standards
                            .computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                            .add(standard(rs));
                    return null;
                })
                .list();
        return jdbc.sql(programmes + " ORDER BY p.id")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> programme(rs, standards.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The programme of that code if the scope sees it. */
    public Optional<Programme> byCode(String code, DataScope scope) {
        return jdbc.sql("SELECT p.* FROM (" + PROGRAMMES + ") p" + IN_SCOPE + " AND p.code = :code")
                .params(ScopeFilter.params(scope))
                .param("code", code)
                .query((rs, n) -> programme(rs, standardsOf(rs.getLong("id"))))
                .optional();
    }

    /** The next number for a generated programme code. */
    public long nextNumber() {
        return jdbc.sql("SELECT nextval('programme_code_seq')")
                .query(Long.class)
                .single();
    }

    /** Saves a new programme with its standards and returns it as stored. */
    public Programme insert(Programme programme) {
        ProgrammeFacts f = programme.facts();
        long id = jdbc.sql("""
                        INSERT INTO programme_programme (owner_region, code, name, aliases, stages, semesters, kind, funding_level,
                                                         first_term, source, note, created_at, created_by)
                        VALUES (:owner, :code, :name, string_to_array(:aliases, chr(31)), string_to_array(:stages, ','),
                                :semesters, :kind, :fundingLevel, :firstTerm, :source, :note, :createdAt, :createdBy)
                        RETURNING id
                        """)
                .params(factParams(f))
                .param("owner", programme.owner().regionCode())
                .param("createdAt", utc(programme.createdAt()))
                .param("createdBy", programme.createdBy())
                .query(Long.class)
                .single();
        saveStandards(id, programme);
        return byId(id);
    }

    /**
     * Saves a loaded programme if nobody saved it since it was loaded: its description, its
     * deactivation, new standards and the versions they superseded. False if somebody did.
     */
    public boolean update(Programme programme) {
        Deactivation d = programme.deactivation().orElse(null);
        Map<String, Object> params = factParams(programme.facts());
        params.put("id", programme.id());
        params.put("version", programme.version());
        params.put("lastTerm", d == null ? null : d.lastTerm().code());
        params.put("deactivatedAt", d == null ? null : utc(d.at()));
        params.put("deactivatedBy", d == null ? null : d.by());
        int rows = jdbc.sql("""
                        UPDATE programme_programme
                           SET name = :name, aliases = string_to_array(:aliases, chr(31)),
                               stages = string_to_array(:stages, ','), semesters = :semesters, kind = :kind,
                               funding_level = :fundingLevel, first_term = :firstTerm, source = :source, note = :note,
                               last_term = :lastTerm, deactivated_at = :deactivatedAt, deactivated_by = :deactivatedBy,
                               version = version + 1, updated_at = now()
                         WHERE id = :id AND version = :version
                        """).params(params).update();
        if (rows != 1) {
            return false;
        }
        saveStandards(programme.id(), programme);
        return true;
    }

    private void saveStandards(long programmeId, Programme programme) {
        for (Standard s : programme.unsavedSupersessions()) {
            int rows = jdbc.sql("""
                            UPDATE programme_standard SET superseded_at = :at, superseded_by = :by
                             WHERE id = :id AND superseded_at IS NULL
                            """)
                    .param("at", utc(s.supersededAt()))
                    .param("by", s.supersededBy())
                    .param("id", s.id())
                    .update();
            if (rows != 1) {
                throw new IllegalStateException("standard " + s.id() + " was superseded meanwhile");
            }
        }
        for (Standard s : programme.unsavedStandards()) {
            Map<String, Object> p = new HashMap<>();
            p.put("programme", programmeId);
            p.put("tierCode", s.tier().code());
            p.put("tierLabel", s.tier().label());
            p.put("validFrom", s.validFrom().code());
            p.put("amount", yuan(s.amount()));
            p.put("min", yuan(s.minimum()));
            p.put("max", yuan(s.maximum()));
            p.put("withdrawn", s.withdrawn());
            p.put("note", s.note());
            p.put("source", s.source());
            p.put("recordedAt", utc(s.recordedAt()));
            p.put("recordedBy", s.recordedBy());
            p.put("approvedBy", s.approvedBy());
            p.put("supersededAt", s.supersededAt() == null ? null : utc(s.supersededAt()));
            p.put("supersededBy", s.supersededBy());
            jdbc.sql("""
                            INSERT INTO programme_standard (programme_id, tier_code, tier_label, valid_from, amount,
                                   min_amount, max_amount, withdrawn, note, source, recorded_at, recorded_by,
                                   approved_by, superseded_at, superseded_by)
                            VALUES (:programme, :tierCode, :tierLabel, :validFrom, :amount, :min, :max, :withdrawn,
                                    :note, :source, :recordedAt, :recordedBy, :approvedBy, :supersededAt, :supersededBy)
                            """).params(p).update();
        }
    }

    /** The programme with its history, whoever owns it: for a change already checked against the caller's scope. */
    public Programme byId(long id) {
        return jdbc.sql(PROGRAMMES + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> programme(rs, standardsOf(id)))
                .single();
    }

    private List<Standard> standardsOf(long programmeId) {
        return jdbc.sql(STANDARDS + " WHERE programme_id = :id ORDER BY id")
                .param("id", programmeId)
                .query((rs, n) -> standard(rs))
                .list();
    }

    private static Map<String, Object> factParams(ProgrammeFacts f) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", f.code());
        p.put("name", f.name());
        p.put("aliases", String.join("\u001f", f.aliases()));
        p.put("stages", f.stages().stream().sorted().map(Stage::name).collect(Collectors.joining(",")));
        p.put("semesters", f.semesters().name());
        p.put("kind", f.kind().name());
        p.put("fundingLevel", f.fundingLevel().name());
        p.put("firstTerm", f.firstTerm().code());
        p.put("source", f.source());
        p.put("note", f.note());
        return p;
    }

    private static BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    private static Programme programme(ResultSet rs, List<Standard> history) throws SQLException {
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        Arrays.stream(rs.getString("stages").split(",")).map(Stage::valueOf).forEach(stages::add);
        String aliases = rs.getString("aliases");
        ProgrammeFacts facts = new ProgrammeFacts(
                rs.getString("code"),
                rs.getString("name"),
                aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split("\u001f")),
                stages,
                Semesters.valueOf(rs.getString("semesters")),
                ProgrammeKind.valueOf(rs.getString("kind")),
                FundingLevel.valueOf(rs.getString("funding_level")),
                Term.parse(rs.getString("first_term")),
                rs.getString("source"),
                rs.getString("note"));
        Deactivation deactivation = rs.getString("last_term") == null
                ? null
                : new Deactivation(
                        Term.parse(rs.getString("last_term")),
                        instant(rs, "deactivated_at"),
                        rs.getString("deactivated_by"));
        CatalogueOwner owner = new CatalogueOwner(rs.getString("owner_region"));
        return Programme.restore(
                rs.getLong("id"),
                rs.getInt("version"),
                owner,
                facts,
                instant(rs, "created_at"),
                rs.getString("created_by"),
                deactivation,
                history);
    }

    private static Standard standard(ResultSet rs) throws SQLException {
        return new Standard(
                rs.getLong("id"),
                new Tier(rs.getString("tier_code"), rs.getString("tier_label")),
                Term.parse(rs.getString("valid_from")),
                money(rs, "amount"),
                money(rs, "min_amount"),
                money(rs, "max_amount"),
                rs.getBoolean("withdrawn"),
                rs.getString("note"),
                rs.getString("source"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"),
                rs.getString("approved_by"),
                instant(rs, "superseded_at"),
                rs.getString("superseded_by"));
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
        return instant.atOffset(ZoneOffset.UTC);
    }
}
