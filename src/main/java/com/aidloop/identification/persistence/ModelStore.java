package com.aidloop.identification.persistence;

import com.aidloop.identification.ModelSummary;
import com.aidloop.identification.domain.BandIndicator;
import com.aidloop.identification.domain.CutOff;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.identification.domain.GroupCap;
import com.aidloop.identification.domain.IndicatorKind;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelOwner;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ModelStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores indicator model versions ({@code indicator_model} and its parts, V58). A version's parts
 * are written while it is a draft; the database refuses any change to a published version.
 */
@Repository
public class ModelStore {

    private static final String SUMMARY = """
            SELECT m.*, EXISTS (SELECT 1 FROM indicator_cut_off c WHERE c.model_id = m.id) AS cut_offs_set
              FROM indicator_model m
            """;

    private final JdbcClient jdbc;

    ModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version with its rules and answers its id; a published one is published after its parts. */
    public long insert(IndicatorModel model, String by) {
        long id = jdbc.sql("""
                        INSERT INTO indicator_model (model_key, version, name, owner_region, effective_from, status,
                                                     based_on, source, dibao_line, direct_level, created_by)
                        VALUES (:key, :version, :name, :owner, :from, 'DRAFT', :basedOn, :source, :dibao, :direct, :by)
                        RETURNING id
                        """)
                .param("key", model.key())
                .param("version", model.version())
                .param("name", model.name())
                .param("owner", model.owner().regionCode())
                .param("from", model.effectiveFrom())
                .param("basedOn", model.basedOn())
                .param("source", model.source())
                .param("dibao", model.rules().dibaoLine())
                .param("direct", model.rules().directLevel().name())
                .param("by", by)
                .query(Long.class)
                .single();
        insertParts(id, model.rules());
        if (model.status() == ModelStatus.PUBLISHED) {
            publish(id, by);
        }
        return id;
    }

    /** Replaces a draft's rules and first school year; answers false when the version is no longer a draft. */
    public boolean replaceDraft(IndicatorModel draft) {
        int updated = jdbc.sql("""
                        UPDATE indicator_model SET dibao_line = :dibao, direct_level = :direct, effective_from = :from
                         WHERE id = :id AND status = 'DRAFT'
                        """)
                .param("dibao", draft.rules().dibaoLine())
                .param("direct", draft.rules().directLevel().name())
                .param("from", draft.effectiveFrom())
                .param("id", draft.id())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM indicator_line WHERE model_id = :id")
                .param("id", draft.id())
                .update();
        jdbc.sql("DELETE FROM indicator_group_cap WHERE model_id = :id")
                .param("id", draft.id())
                .update();
        jdbc.sql("DELETE FROM indicator_cut_off WHERE model_id = :id")
                .param("id", draft.id())
                .update();
        jdbc.sql("DELETE FROM indicator_direct_group WHERE model_id = :id")
                .param("id", draft.id())
                .update();
        insertParts(draft.id(), draft.rules());
        return true;
    }

    /** Publishes a draft; answers false when it was not (any more) a draft. */
    public boolean publish(long id, String by) {
        return jdbc.sql("""
                        UPDATE indicator_model SET status = 'PUBLISHED', published_at = now(), published_by = :by
                         WHERE id = :id AND status = 'DRAFT'
                        """).param("id", id).param("by", by).update() == 1;
    }

    public Optional<IndicatorModel> find(long id) {
        return jdbc.sql("SELECT * FROM indicator_model WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> header(rs))
                .optional()
                .map(this::withRules);
    }

    /** The versions of one family, newest first. */
    public List<ModelSummary> family(String key) {
        return jdbc.sql(SUMMARY + " WHERE m.model_key = :key ORDER BY m.version DESC")
                .param("key", key)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /**
     * Reference models and those owned by the region or a region containing it (its province), or
     * for a province also its counties', by owner then key and version. Models are a few dozen
     * rows, not scoped personal data: they are filtered here by {@code ModelOwner}'s rule.
     */
    public List<ModelSummary> visibleIn(String region) {
        return jdbc
                .sql(SUMMARY + " ORDER BY m.owner_region NULLS FIRST, m.model_key, m.version DESC")
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .filter(m -> m.owner().visibleFrom(region))
                .toList();
    }

    /** Serialises seeding and adoptions by the platform across instances, until the transaction ends. */
    public void lockAdoptions() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-indicator-models'))")
                .query()
                .singleValue();
    }

    public boolean keyTaken(String key) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_model WHERE model_key = :key)")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    public Optional<Long> idOf(String key, int version) {
        return jdbc.sql("SELECT id FROM indicator_model WHERE model_key = :key AND version = :version")
                .param("key", key)
                .param("version", version)
                .query(Long.class)
                .optional();
    }

    /**
     * The version in force in a county for a school year: published, effective from that year or
     * before, the county's own before its province's, the latest first year, then the latest version.
     */
    public Optional<IndicatorModel> inForce(String countyCode, int schoolYear) {
        return jdbc
                .sql(SUMMARY + " WHERE m.status = 'PUBLISHED' AND m.effective_from <= :year")
                .param("year", schoolYear)
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .filter(m -> m.owner().appliesIn(countyCode))
                .max(java.util.Comparator.comparingInt(
                                (ModelSummary m) -> m.owner().regionCode().length())
                        .thenComparingInt(ModelSummary::effectiveFrom)
                        .thenComparingInt(ModelSummary::version))
                .flatMap(m -> find(m.id()));
    }

    private void insertParts(long id, ModelRules rules) {
        for (IndicatorRow row : ModelRows.rowsOf(rules.indicators())) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", id);
            p.put("position", row.rowNumber());
            p.put("code", row.code());
            p.put("name", row.name());
            p.put("kind", row.kind().name());
            p.put("grp", row.group());
            p.put("basis", row.basis() == null ? null : row.basis().name());
            p.put("answer", row.answer());
            p.put("upTo", row.upTo());
            p.put("points", row.points());
            p.put("cap", row.cap());
            p.put("rule", row.rule());
            jdbc.sql("""
                            INSERT INTO indicator_line (model_id, position, code, name, kind, grp, basis, answer, up_to, points, cap, rule)
                            VALUES (:id, :position, :code, :name, :kind, :grp, :basis, :answer, :upTo, :points, :cap, :rule)
                            """).params(p).update();
        }
        for (GroupCap cap : rules.groupCaps()) {
            jdbc.sql("INSERT INTO indicator_group_cap (model_id, grp, cap, rule) VALUES (:id, :grp, :cap, :rule)")
                    .param("id", id)
                    .param("grp", cap.group())
                    .param("cap", cap.cap())
                    .param("rule", cap.rule())
                    .update();
        }
        for (CutOff cutOff : rules.cutOffs()) {
            jdbc.sql("INSERT INTO indicator_cut_off (model_id, level, minimum_total) VALUES (:id, :level, :min)")
                    .param("id", id)
                    .param("level", cutOff.level().name())
                    .param("min", cutOff.minimumTotal())
                    .update();
        }
        int position = 0;
        for (DirectGroup group : rules.directGroups()) {
            jdbc.sql(
                            "INSERT INTO indicator_direct_group (model_id, position, code, name) VALUES (:id, :position, :code, :name)")
                    .param("id", id)
                    .param("position", ++position)
                    .param("code", group.code())
                    .param("name", group.name())
                    .update();
        }
    }

    private IndicatorModel withRules(IndicatorModel header) {
        long id = header.id();
        List<IndicatorRow> rows = jdbc.sql("SELECT * FROM indicator_line WHERE model_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new IndicatorRow(
                        rs.getInt("position"),
                        rs.getString("code"),
                        rs.getString("name"),
                        IndicatorKind.valueOf(rs.getString("kind")),
                        rs.getString("grp"),
                        rs.getString("basis") == null ? null : BandIndicator.Basis.valueOf(rs.getString("basis")),
                        rs.getString("answer"),
                        rs.getBigDecimal("up_to"),
                        rs.getBigDecimal("points"),
                        rs.getBigDecimal("cap"),
                        rs.getString("rule")))
                .list();
        List<GroupCap> caps = jdbc.sql("SELECT * FROM indicator_group_cap WHERE model_id = :id ORDER BY grp")
                .param("id", id)
                .query((rs, n) -> new GroupCap(rs.getString("grp"), rs.getBigDecimal("cap"), rs.getString("rule")))
                .list();
        List<CutOff> cutOffs = jdbc.sql("SELECT * FROM indicator_cut_off WHERE model_id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new CutOff(DifficultyLevel.valueOf(rs.getString("level")), rs.getBigDecimal("minimum_total")))
                .list();
        List<DirectGroup> groups = jdbc.sql(
                        "SELECT * FROM indicator_direct_group WHERE model_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new DirectGroup(rs.getString("code"), rs.getString("name")))
                .list();
        ModelRules rules = new ModelRules(
                ModelRows.indicatorsOf(rows),
                caps,
                cutOffs,
                groups,
                header.rules().directLevel(),
                header.rules().dibaoLine());
        return new IndicatorModel(
                id,
                header.key(),
                header.version(),
                header.name(),
                header.owner(),
                header.effectiveFrom(),
                header.status(),
                header.basedOn(),
                header.source(),
                rules);
    }

    /** The header row with placeholder rules (no indicators yet); {@link #withRules} completes it. */
    private static IndicatorModel header(ResultSet rs) throws SQLException {
        ModelRules settings = new ModelRules(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                DifficultyLevel.valueOf(rs.getString("direct_level")),
                rs.getBigDecimal("dibao_line"));
        return new IndicatorModel(
                rs.getLong("id"),
                rs.getString("model_key"),
                rs.getInt("version"),
                rs.getString("name"),
                new ModelOwner(rs.getString("owner_region")),
                rs.getInt("effective_from"),
                ModelStatus.valueOf(rs.getString("status")),
                rs.getString("based_on"),
                rs.getString("source"),
                settings);
    }

    private static ModelSummary summary(ResultSet rs) throws SQLException {
        return new ModelSummary(
                rs.getLong("id"),
                rs.getString("model_key"),
                rs.getInt("version"),
                rs.getString("name"),
                new ModelOwner(rs.getString("owner_region")),
                rs.getInt("effective_from"),
                ModelStatus.valueOf(rs.getString("status")),
                rs.getString("based_on"),
                rs.getBoolean("cut_offs_set"),
                rs.getBigDecimal("dibao_line") != null);
    }
}
