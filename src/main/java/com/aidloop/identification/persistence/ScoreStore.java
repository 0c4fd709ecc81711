package com.aidloop.identification.persistence;

import com.aidloop.identification.StoredScore;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.platform.PostgresCopy;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores scores per application and model version ({@code indicator_score}, V58). Scoring again
 * under the same version replaces that version's score; a score under another version stays.
 * Many scores at once go through COPY into a staging table, then one upsert.
 */
@Repository
public class ScoreStore {

    private static final String COPY = "COPY indicator_score_incoming (application_id, model_id, outcome, total, level,"
            + " level_rule, explanation, fingerprint) FROM STDIN";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ScoreStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Saves many scores of one model version in the caller's transaction. */
    public void saveAll(long modelId, Map<Long, ScoreResult> scores) {
        jdbc.sql("""
                        CREATE TEMP TABLE IF NOT EXISTS indicator_score_incoming
                            (LIKE indicator_score INCLUDING DEFAULTS) ON COMMIT DELETE ROWS
                        """).update();
        StringBuilder rows = new StringBuilder(scores.size() * 1200);
        for (Map.Entry<Long, ScoreResult> score : scores.entrySet()) {
            ScoreResult result = score.getValue();
            rows.append(score.getKey()).append('\t').append(modelId).append('\t');
            rows.append(result.outcome().name())
                    .append('\t')
                    .append(result.total().toPlainString())
                    .append('\t');
            PostgresCopy.field(
                            rows, result.level() == null ? null : result.level().name())
                    .append('\t');
            PostgresCopy.field(rows, result.levelRule()).append('\t');
            PostgresCopy.field(rows, result.explanation()).append('\t');
            rows.append(result.fingerprint()).append('\n');
        }
        PostgresCopy.copyIn(dataSource, COPY, rows);
        jdbc.sql("""
                        INSERT INTO indicator_score (application_id, model_id, outcome, total, level, level_rule, explanation, fingerprint)
                        SELECT application_id, model_id, outcome, total, level, level_rule, explanation, fingerprint
                          FROM indicator_score_incoming
                        ON CONFLICT (application_id, model_id) DO UPDATE
                           SET outcome = EXCLUDED.outcome, total = EXCLUDED.total, level = EXCLUDED.level,
                               level_rule = EXCLUDED.level_rule, explanation = EXCLUDED.explanation,
                               fingerprint = EXCLUDED.fingerprint, scored_at = now()
                        """).update();
        jdbc.sql("TRUNCATE indicator_score_incoming").update();
    }

    /** Every score of an application, the newest model version first. */
    public List<StoredScore> history(long applicationId) {
        return jdbc.sql("""
                        SELECT s.*, m.name || ' 第' || m.version || '版' AS model_title
                          FROM indicator_score s JOIN indicator_model m ON m.id = s.model_id
                         WHERE s.application_id = :application
                         ORDER BY m.model_key, m.version DESC
                        """)
                .param("application", applicationId)
                .query((rs, n) -> new StoredScore(
                        rs.getLong("application_id"),
                        rs.getLong("model_id"),
                        rs.getString("model_title"),
                        ScoreResult.Outcome.valueOf(rs.getString("outcome")),
                        rs.getBigDecimal("total"),
                        rs.getString("level") == null ? null : DifficultyLevel.valueOf(rs.getString("level")),
                        rs.getString("level_rule"),
                        rs.getString("explanation"),
                        rs.getString("fingerprint"),
                        rs.getTimestamp("scored_at").toInstant()))
                .list();
    }

    /** How many applications have a score under the version. */
    public long countFor(long modelId) {
        return jdbc.sql("SELECT count(*) FROM indicator_score WHERE model_id = :id")
                .param("id", modelId)
                .query(Long.class)
                .single();
    }
}
