package com.aidloop.registry.persistence;

import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inserts thousands of students at once: ids drawn from the sequence in one query, values sealed
 * in parallel, rows sent in JDBC batches. All or nothing: one duplicate ID number fails the load.
 */
@Repository
public class BulkStudentWriter {

    private static final int BATCH = 1000;

    private static final String INSERT_STUDENT = """
            INSERT INTO registry_student
                (id, name, gender, id_type, id_number_sealed, id_number_index, id_number_masked,
                 student_number_sealed, student_number_index, student_number_masked, school_id,
                 school_township_code, grade, class_name, household_township_code, household_village_code,
                 residence, card_bank, card_number_sealed, card_number_index, card_number_masked, card_luhn_ok)
            VALUES (:id, :name, :gender, :idType, :idSealed, :idIndex, :idMasked, :snSealed, :snIndex, :snMasked,
                    :schoolId, :schoolTownship, :grade, :className, :township, :village, :residence,
                    :cardBank, :cardSealed, :cardIndex, :cardMasked, :cardLuhnOk)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Sealing sealing;

    BulkStudentWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Sealing sealing) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sealing = sealing;
    }

    /** Inserts the students, each with its school's township; returns their new ids in order. */
    public List<Long> insertAll(List<Student> students, Map<Long, String> schoolTownships) {
        if (students.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT nextval('registry_student_id_seq') FROM generate_series(1, :n)")
                .param("n", students.size())
                .query(Long.class)
                .list();
        SqlParameterSource[] studentRows = IntStream.range(0, students.size()).parallel()
                .mapToObj(i -> {
                    Student s = students.get(i);
                    Map<String, Object> row = sealing.student(s, schoolTownships.get(s.facts().schoolId()));
                    row.put("id", ids.get(i));
                    return Sealing.typed(row);
                })
                .toArray(SqlParameterSource[]::new);
        List<MemberRow> members = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            List<HouseholdMember> household = students.get(i).household();
            for (int position = 0; position < household.size(); position++) {
                members.add(new MemberRow(household.get(position), ids.get(i), position));
            }
        }
        SqlParameterSource[] memberRows = members.parallelStream()
                .map(m -> Sealing.typed(sealing.member(m.member(), m.studentId(), m.position())))
                .toArray(SqlParameterSource[]::new);
        inBatches(INSERT_STUDENT, studentRows);
        inBatches(StudentStore.INSERT_MEMBER, memberRows);
        return ids;
    }

    private void inBatches(String sql, SqlParameterSource[] rows) {
        for (int from = 0; from < rows.length; from += BATCH) {
            batch.batchUpdate(sql, java.util.Arrays.copyOfRange(rows, from, Math.min(rows.length, from + BATCH)));
        }
    }

    private record MemberRow(HouseholdMember member, long studentId, int position) {}
}
