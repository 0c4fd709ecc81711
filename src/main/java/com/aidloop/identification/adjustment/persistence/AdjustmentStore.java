package com.aidloop.identification.adjustment.persistence;

import com.aidloop.identification.adjustment.domain.Adjustment;
import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Semester adjustments ({@code identification_adjustment}, V71): the decision replaced and the new
 * one in plain columns, the family's change sealed (it may tell an illness), the re-score's
 * suggestion and explanation kept beside them. Rows carry the application's school and class so
 * that a reach reads them like applications.
 */
@Repository
public class AdjustmentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    AdjustmentStore(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    public long insert(Adjustment a, ApplicationFacts facts) {
        Map<String, Object> p = new HashMap<>();
        p.put("application", a.applicationId());
        p.put("school", facts.schoolId());
        p.put("township", facts.schoolTownshipCode());
        p.put("className", facts.className());
        p.put("term", a.term().code());
        p.put("fromLevel", a.replaced().level().name());
        p.put("fromReason", a.replaced().reason());
        p.put("fromBy", a.replaced().decidedBy());
        p.put("fromAt", Timestamp.from(a.replaced().decidedAt()));
        p.put("toLevel", a.adjusted().level().name());
        p.put("reason", a.adjusted().reason());
        p.put("change", a.change() == null ? null : sensitive.seal(JSON.writeValueAsString(a.change())));
        Adjustment.Rescored r = a.rescored();
        p.put("model", r == null ? null : r.modelId());
        p.put("total", r == null ? null : r.total());
        p.put("suggested", r == null || r.level() == null ? null : r.level().name());
        p.put("explanation", r == null ? null : r.explanation());
        p.put("by", a.adjusted().decidedBy());
        p.put("at", Timestamp.from(a.adjusted().decidedAt()));
        p.put("objection", a.objectionId());
        return jdbc.sql("""
                        INSERT INTO identification_adjustment (application_id, school_id, school_township_code, class_name,
                               term_code, from_level, from_reason, from_by, from_at, to_level, reason, change_sealed,
                               model_id, suggested_total, suggested_level, explanation, adjusted_by, adjusted_at,
                               objection_id)
                        VALUES (:application, :school, :township, :className, :term, :fromLevel, :fromReason, :fromBy,
                               :fromAt, :toLevel, :reason, :change, :model, :total, :suggested, :explanation, :by, :at,
                               :objection)
                        RETURNING id
                        """).params(p).query(Long.class).single();
    }

    /** The adjustments of an application, oldest first (the caller has checked the application's reach). */
    public List<Adjustment> of(long applicationId) {
        return jdbc.sql("SELECT * FROM identification_adjustment WHERE application_id = :application ORDER BY id")
                .param("application", applicationId)
                .query(this::adjustment)
                .list();
    }

    /** Whether an adjustment in the reach was made with this reason (a sample made once). */
    public boolean anyWithReason(String reason, Reach reach) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identification_adjustment j WHERE j.reason = :reason AND "
                        + reach.sql("j") + ")")
                .params(reach.params())
                .param("reason", reason)
                .query(Boolean.class)
                .single();
    }

    /** The application of an adjustment the reach holds, if any. */
    public java.util.Optional<Long> applicationOf(long adjustmentId, Reach reach) {
        return jdbc.sql("SELECT j.application_id FROM identification_adjustment j WHERE j.id = :id AND "
                        + reach.sql("j"))
                .params(reach.params())
                .param("id", adjustmentId)
                .query(Long.class)
                .optional();
    }

    /** Marks an evidence file of the application as the evidence of the adjustment. */
    public void linkEvidence(long evidenceId, long adjustmentId) {
        jdbc.sql("UPDATE identification_evidence SET adjustment_id = :adjustment WHERE id = :id")
                .param("adjustment", adjustmentId)
                .param("id", evidenceId)
                .update();
    }

    /** The evidence ids of each adjustment of an application. */
    public Map<Long, List<Long>> evidenceOf(long applicationId) {
        Map<Long, List<Long>> byAdjustment = new HashMap<>();
        jdbc.sql("""
                        SELECT adjustment_id, id FROM identification_evidence
                         WHERE application_id = :application AND adjustment_id IS NOT NULL ORDER BY id
                        """)
                .param("application", applicationId)
                .query((rs, n) -> byAdjustment
                        .computeIfAbsent(rs.getLong("adjustment_id"), k -> new java.util.ArrayList<>())
                        .add(rs.getLong("id")))
                .list();
        return byAdjustment;
    }

    private Adjustment adjustment(ResultSet rs, int n) throws SQLException {
        Decision replaced = new Decision(
                DifficultyLevel.valueOf(rs.getString("from_level")),
                rs.getString("from_reason"),
                rs.getString("from_by"),
                rs.getTimestamp("from_at").toInstant());
        Decision adjusted = new Decision(
                DifficultyLevel.valueOf(rs.getString("to_level")),
                rs.getString("reason"),
                rs.getString("adjusted_by"),
                rs.getTimestamp("adjusted_at").toInstant());
        String sealed = rs.getString("change_sealed");
        Emergency change = sealed == null ? null : JSON.readValue(sensitive.open(sealed), Emergency.class);
        long model = rs.getLong("model_id");
        Adjustment.Rescored rescored = rs.wasNull()
                ? null
                : new Adjustment.Rescored(
                        model,
                        rs.getBigDecimal("suggested_total"),
                        rs.getString("suggested_level") == null
                                ? null
                                : DifficultyLevel.valueOf(rs.getString("suggested_level")),
                        rs.getString("explanation"));
        return new Adjustment(
                rs.getLong("id"),
                rs.getLong("application_id"),
                Term.parse(rs.getString("term_code")),
                replaced,
                adjusted,
                change,
                rescored,
                rs.getObject("objection_id", Long.class));
    }
}
