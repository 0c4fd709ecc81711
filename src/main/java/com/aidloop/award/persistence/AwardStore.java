package com.aidloop.award.persistence;

import static com.aidloop.platform.PostgresCopy.field;

import com.aidloop.award.domain.ExistingAward;
import com.aidloop.platform.PostgresCopy;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes awards for imports: new rows through PostgreSQL's COPY, changed rows by batched
 * updates, both in the caller's transaction; and finds the awards that already exist for a
 * batch of students and programmes with one query over the unique (term, programme, student) index.
 */
@Repository
public class AwardStore {

    private static final String COPY = """
            COPY award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                              id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code,
                              grade, class_name, household_township_code, household_village_code, difficulty_type,
                              difficulty_level, special_channel, guardian_name, phone_sealed, phone_masked, card_bank,
                              card_number_sealed, card_number_index, card_number_masked, remark, import_id, source_row,
                              created_by, facts_digest)
            FROM STDIN
            """;

    private static final String UPDATE = """
            UPDATE award_award
               SET version = version + 1, programme_name = :programmeName, stage = :stage, tier = :tier, amount = :amount,
                   student_id = :studentId, student_name = :studentName, gender = :gender, id_number_masked = :idMasked,
                   school_id = :schoolId, school_code = :schoolCode, school_name = :schoolName,
                   school_township_code = :schoolTownship, grade = :grade, class_name = :className,
                   household_township_code = :township, household_village_code = :village,
                   difficulty_type = :difficultyType, difficulty_level = :difficultyLevel, special_channel = :special,
                   guardian_name = :guardianName, phone_sealed = :phoneSealed, phone_masked = :phoneMasked,
                   card_bank = :cardBank, card_number_sealed = :cardSealed, card_number_index = :cardIndex,
                   card_number_masked = :cardMasked, remark = :remark, import_id = :importId, source_row = :sourceRow,
                   facts_digest = :digest, updated_at = now()
             WHERE id = :id AND confirmed_at IS NULL
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DataSource dataSource;

    AwardStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) {
        this.jdbc = jdbc;
        this.named = named;
        this.dataSource = dataSource;
    }

    /** A student (by blind index) and a programme. */
    public record Key(String idNumberIndex, String programmeCode) {}

    /**
     * The awards of the term for these students and programmes, except those written by the
     * import itself (it runs in one transaction and sees its own rows).
     */
    public Map<Key, ExistingAward> existing(String term, List<Key> keys, long importId) {
        Map<Key, ExistingAward> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String[] indexes = keys.stream().map(Key::idNumberIndex).toArray(String[]::new);
        String[] programmes = keys.stream().map(Key::programmeCode).toArray(String[]::new);
        jdbc.sql("""
                        SELECT a.id, a.id_number_index, a.programme_code, a.school_id, a.school_township_code,
                               a.school_name, a.facts_digest, a.confirmed_at IS NOT NULL AS confirmed
                          FROM unnest(CAST(:indexes AS TEXT[]), CAST(:programmes AS TEXT[])) AS k(idx, programme)
                          JOIN award_award a
                            ON a.term = :term AND a.programme_code = k.programme AND a.id_number_index = k.idx
                         WHERE a.import_id IS DISTINCT FROM :importId
                        """)
                .param("indexes", indexes)
                .param("programmes", programmes)
                .param("term", term)
                .param("importId", importId)
                .query(rs -> {
                    found.put(
                            new Key(rs.getString("id_number_index"), rs.getString("programme_code")),
                            new ExistingAward(
                                    rs.getLong("id"),
                                    rs.getLong("school_id"),
                                    rs.getString("school_township_code"),
                                    rs.getString("school_name"),
                                    rs.getString("facts_digest"),
                                    rs.getBoolean("confirmed")));
                });
        return found;
    }

    /** Inserts new awards with COPY on the transaction's connection. */
    public void insert(List<AwardRecord> awards) {
        if (awards.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(awards.size() * 900);
        for (AwardRecord a : awards) {
            row(text, a);
        }
        PostgresCopy.copyIn(dataSource, COPY, text);
    }

    /**
     * Updates existing awards, by id, to the imported facts. A confirmed award is never changed: if
     * one was confirmed after the import read it, nothing is updated and the import's transaction
     * must roll back.
     *
     * @throws ConfirmedMeanwhile when an award was confirmed since the import checked it
     */
    public void update(Map<Long, AwardRecord> awards) {
        if (awards.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = awards.entrySet().stream()
                .map(e -> updateParameters(e.getKey(), e.getValue()))
                .toArray(SqlParameterSource[]::new);
        int[] counts = named.batchUpdate(UPDATE, batch);
        if (java.util.Arrays.stream(counts).anyMatch(c -> c == 0)) {
            throw new ConfirmedMeanwhile();
        }
    }

    /** An award the import meant to update was confirmed in the meantime; the import must not commit. */
    public static final class ConfirmedMeanwhile extends RuntimeException {
        ConfirmedMeanwhile() {
            super("an award was confirmed while the import was checking it");
        }
    }

    private static SqlParameterSource updateParameters(long id, AwardRecord a) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("id", id);
        p.addValue("programmeName", a.programmeName());
        p.addValue("stage", a.stage());
        p.addValue("tier", a.tier());
        p.addValue("amount", a.amount());
        p.addValue("studentId", a.studentId());
        p.addValue("studentName", a.studentName());
        p.addValue("gender", a.gender(), Types.VARCHAR);
        p.addValue("idMasked", a.idNumberMasked());
        p.addValue("schoolId", a.schoolId());
        p.addValue("schoolCode", a.schoolCode());
        p.addValue("schoolName", a.schoolName());
        p.addValue("schoolTownship", a.schoolTownshipCode());
        p.addValue("grade", a.grade(), Types.VARCHAR);
        p.addValue("className", a.className(), Types.VARCHAR);
        p.addValue("township", a.householdTownshipCode());
        p.addValue("village", a.householdVillageCode(), Types.VARCHAR);
        p.addValue("difficultyType", a.difficultyType(), Types.VARCHAR);
        p.addValue("difficultyLevel", a.difficultyLevel(), Types.VARCHAR);
        p.addValue("special", a.specialChannel());
        p.addValue("guardianName", a.guardianName(), Types.VARCHAR);
        p.addValue("phoneSealed", a.phoneSealed(), Types.VARCHAR);
        p.addValue("phoneMasked", a.phoneMasked(), Types.VARCHAR);
        p.addValue("cardBank", a.cardBank(), Types.VARCHAR);
        p.addValue("cardSealed", a.cardNumberSealed(), Types.VARCHAR);
        p.addValue("cardIndex", a.cardNumberIndex(), Types.VARCHAR);
        p.addValue("cardMasked", a.cardNumberMasked(), Types.VARCHAR);
        p.addValue("remark", a.remark(), Types.VARCHAR);
        p.addValue("importId", a.importId());
        p.addValue("sourceRow", a.sourceRow());
        p.addValue("digest", a.factsDigest());
        return p;
    }

    private static void row(StringBuilder out, AwardRecord a) {
        field(out, a.term()).append('\t');
        field(out, a.programmeCode()).append('\t');
        field(out, a.programmeName()).append('\t');
        field(out, a.stage()).append('\t');
        field(out, a.tier()).append('\t');
        out.append(a.amount().toPlainString()).append('\t');
        out.append(a.studentId()).append('\t');
        field(out, a.studentName()).append('\t');
        field(out, a.gender()).append('\t');
        field(out, a.idNumberIndex()).append('\t');
        field(out, a.idNumberMasked()).append('\t');
        out.append(a.schoolId()).append('\t');
        field(out, a.schoolCode()).append('\t');
        field(out, a.schoolName()).append('\t');
        field(out, a.schoolTownshipCode()).append('\t');
        field(out, a.grade()).append('\t');
        field(out, a.className()).append('\t');
        field(out, a.householdTownshipCode()).append('\t');
        field(out, a.householdVillageCode()).append('\t');
        field(out, a.difficultyType()).append('\t');
        field(out, a.difficultyLevel()).append('\t');
        out.append(a.specialChannel() ? 't' : 'f').append('\t');
        field(out, a.guardianName()).append('\t');
        field(out, a.phoneSealed()).append('\t');
        field(out, a.phoneMasked()).append('\t');
        field(out, a.cardBank()).append('\t');
        field(out, a.cardNumberSealed()).append('\t');
        field(out, a.cardNumberIndex()).append('\t');
        field(out, a.cardNumberMasked()).append('\t');
        field(out, a.remark()).append('\t');
        out.append(a.importId()).append('\t');
        out.append(a.sourceRow()).append('\t');
        field(out, a.createdBy()).append('\t');
        field(out, a.factsDigest()).append('\n');
    }
}
