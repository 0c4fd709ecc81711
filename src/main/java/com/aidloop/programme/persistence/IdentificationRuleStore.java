package com.aidloop.programme.persistence;

import com.aidloop.programme.IdentificationRule;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The need-based programmes with their tiers' allowed levels ({@code programme_tier_level}) and the
 * identification rule, the catalogue's default or a county's choice
 * ({@code programme_identification_setting}). The table is small: read whole per county.
 */
@Repository
public class IdentificationRuleStore {

    private static final String NEED_BASED = """
            SELECT p.id, p.code, p.name, p.identification_rule, s.rule AS county_rule,
                   t.tier_code, t.valid_from, array_to_string(t.levels, ',') AS levels
              FROM programme_programme p
              LEFT JOIN programme_identification_setting s ON s.programme_id = p.id AND s.county_code = :county
              LEFT JOIN programme_tier_level t ON t.programme_id = p.id
             WHERE p.need_based
             ORDER BY p.code, t.tier_code, t.id
            """;

    private final JdbcClient jdbc;

    public IdentificationRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per need-based programme and mapped tier version (tier columns null when none is mapped). */
    public record Row(
            long programmeId,
            String code,
            String name,
            IdentificationRule catalogueRule,
            IdentificationRule countyRule,
            String tierCode,
            Term validFrom,
            List<String> levels) {}

    /** The need-based programmes as a county sees their rule. */
    public List<Row> needBased(String countyCode) {
        return jdbc.sql(NEED_BASED)
                .param("county", countyCode)
                .query((rs, n) -> {
                    String county = rs.getString("county_rule");
                    String tier = rs.getString("tier_code");
                    return new Row(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            IdentificationRule.valueOf(rs.getString("identification_rule")),
                            county == null ? null : IdentificationRule.valueOf(county),
                            tier,
                            tier == null ? null : Term.parse(rs.getString("valid_from")),
                            tier == null
                                    ? List.of()
                                    : List.of(rs.getString("levels").split(",")));
                })
                .list();
    }

    /** Records a county's rule for a programme, replacing its earlier choice. */
    public void setCountyRule(String countyCode, long programmeId, IdentificationRule rule, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO programme_identification_setting (county_code, programme_id, rule, changed_at, changed_by)
                        VALUES (:county, :programme, :rule, :at, :by)
                        ON CONFLICT (county_code, programme_id)
                        DO UPDATE SET rule = EXCLUDED.rule, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                        """)
                .param("county", countyCode)
                .param("programme", programmeId)
                .param("rule", rule.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
    }
}
