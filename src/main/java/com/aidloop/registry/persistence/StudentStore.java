package com.aidloop.registry.persistence;

import com.aidloop.registry.Relation;
import com.aidloop.registry.Residence;
import com.aidloop.registry.domain.AidCard;
import com.aidloop.registry.domain.DuplicateRegistrationPolicy.ExistingRegistration;
import com.aidloop.registry.domain.Health;
import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.IdentityDocument;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentFacts;
import com.aidloop.registry.domain.StudentNumber;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores students as aggregates: the student row with its aid card, and the household rows.
 * Loading opens the sealed values, so only the registry's own write and reveal paths load.
 */
@Repository
public class StudentStore {

    static final String INSERT_MEMBER = """
            INSERT INTO registry_household_member
                (id, student_id, position, name, relation, guardian, id_type, id_number_sealed, id_number_index,
                 id_number_masked, phone_sealed, phone_index, phone_masked, employer, income_sealed, health_sealed)
            VALUES (COALESCE(CAST(:id AS bigint), nextval('registry_household_member_id_seq')), :studentId, :position,
                    :name, :relation, :guardian, :idType, :idSealed, :idIndex, :idMasked, :phoneSealed, :phoneIndex,
                    :phoneMasked, :employer, :incomeSealed, :healthSealed)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Sealing sealing;

    StudentStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Sealing sealing) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sealing = sealing;
    }

    /** Where a student sits, which decides who sees it; nothing is opened. */
    public record Placement(long schoolId, String schoolTownshipCode, String householdRegionCode, int version) {}

    public Optional<Placement> placement(long id) {
        return jdbc.sql("""
                        SELECT school_id, school_township_code,
                               COALESCE(household_village_code, household_township_code) AS household, version
                          FROM registry_student WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Placement(
                        rs.getLong("school_id"),
                        rs.getString("school_township_code"),
                        rs.getString("household"),
                        rs.getInt("version")))
                .optional();
    }

    /** The student registered under this ID number, looked up through the blind index. */
    public Optional<ExistingRegistration> registrationOf(IdentityDocument document) {
        return jdbc.sql("""
                        SELECT id, name, school_id, school_township_code,
                               COALESCE(household_village_code, household_township_code) AS household
                          FROM registry_student WHERE id_number_index = :index
                        """)
                .param("index", sealing.idIndex(document.normalized()))
                .query((rs, n) -> new ExistingRegistration(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("school_id"),
                        rs.getString("school_township_code"),
                        rs.getString("household")))
                .optional();
    }

    /** The aid card on a registered student's record, opened, with where the student belongs (for the scope). */
    public record CardOnRecord(
            String bank, String number, long schoolId, String schoolTownshipCode, String householdRegionCode) {

        @Override
        public String toString() {
            return "CardOnRecord[" + bank + " " + Masking.bankCard(number) + "]";
        }
    }

    /** The aid card of the student registered under this normalised ID number, if the record holds one. */
    public Optional<CardOnRecord> cardOf(String normalizedIdNumber) {
        return jdbc.sql("""
                        SELECT card_bank, card_number_sealed, school_id, school_township_code,
                               COALESCE(household_village_code, household_township_code) AS household
                          FROM registry_student
                         WHERE id_number_index = :index AND card_number_sealed IS NOT NULL AND card_bank IS NOT NULL
                        """)
                .param("index", sealing.idIndex(normalizedIdNumber))
                .query((rs, n) -> new CardOnRecord(
                        rs.getString("card_bank"),
                        sealing.open(rs.getString("card_number_sealed")),
                        rs.getLong("school_id"),
                        rs.getString("school_township_code"),
                        rs.getString("household")))
                .optional();
    }

    /** The students registered under any of these normalised ID numbers, keyed by the number; one query. */
    public Map<String, ExistingRegistration> registrationsOf(Collection<String> normalizedIdNumbers) {
        Map<String, String> byIndex = new HashMap<>();
        for (String idNumber : normalizedIdNumbers) {
            byIndex.put(sealing.idIndex(idNumber), idNumber);
        }
        Map<String, ExistingRegistration> found = new HashMap<>();
        if (byIndex.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT id, name, school_id, school_township_code, id_number_index,
                               COALESCE(household_village_code, household_township_code) AS household
                          FROM registry_student WHERE id_number_index = ANY(:indexes)
                        """).param("indexes", byIndex.keySet().toArray(String[]::new)).query(rs -> {
            found.put(
                    byIndex.get(rs.getString("id_number_index")),
                    new ExistingRegistration(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getLong("school_id"),
                            rs.getString("school_township_code"),
                            rs.getString("household")));
        });
        return found;
    }

    /** Which of these normalised student numbers a registered student holds; one query. */
    public Set<String> takenStudentNumbers(Collection<String> studentNumbers) {
        Map<String, String> byIndex = new HashMap<>();
        for (String number : studentNumbers) {
            byIndex.put(sealing.studentNumberIndex(number), number);
        }
        if (byIndex.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>();
        jdbc.sql("SELECT student_number_index FROM registry_student WHERE student_number_index = ANY(:indexes)")
                .param("indexes", byIndex.keySet().toArray(String[]::new))
                .query(rs -> {
                    taken.add(byIndex.get(rs.getString(1)));
                });
        return taken;
    }

    /** The id of the student holding this (normalised) ID number, if any. */
    public Optional<Long> holderOfIdNumber(String normalizedIdNumber) {
        return jdbc.sql("SELECT id FROM registry_student WHERE id_number_index = :index")
                .param("index", sealing.idIndex(normalizedIdNumber))
                .query(Long.class)
                .optional();
    }

    /** The id of the student holding this student number, if any. */
    public Optional<Long> holderOf(StudentNumber number) {
        return jdbc.sql("SELECT id FROM registry_student WHERE student_number_index = :index")
                .param("index", sealing.studentNumberIndex(number.value()))
                .query(Long.class)
                .optional();
    }

    public long insert(Student student, String schoolTownship) {
        long id = jdbc.sql("""
                        INSERT INTO registry_student
                            (name, gender, id_type, id_number_sealed, id_number_index, id_number_masked,
                             student_number_sealed, student_number_index, student_number_masked, school_id,
                             school_township_code, grade, class_name, household_township_code, household_village_code,
                             residence, card_bank, card_number_sealed, card_number_index, card_number_masked, card_luhn_ok)
                        VALUES (:name, :gender, :idType, :idSealed, :idIndex, :idMasked, :snSealed, :snIndex, :snMasked,
                                :schoolId, :schoolTownship, :grade, :className, :township, :village, :residence,
                                :cardBank, :cardSealed, :cardIndex, :cardMasked, :cardLuhnOk)
                        RETURNING id
                        """)
                .paramSource(Sealing.typed(sealing.student(student, schoolTownship)))
                .query(Long.class)
                .single();
        insertMembers(id, student.household());
        return id;
    }

    /** Saves a revision if nobody saved the student since it was loaded; false if somebody did. */
    public boolean update(Student student, String schoolTownship) {
        return update(student, schoolTownship, null);
    }

    /**
     * As {@link #update(Student, String)}, keeping the registration import's digest of the row
     * that made this version (null: none) in the same statement.
     */
    public boolean update(Student student, String schoolTownship, String importDigest) {
        Map<String, Object> params = revision(student, schoolTownship);
        params.put("importDigest", importDigest);
        int rows = jdbc.sql("""
                        UPDATE registry_student
                           SET name = :name, gender = :gender, id_type = :idType, id_number_sealed = :idSealed,
                               id_number_index = :idIndex, id_number_masked = :idMasked,
                               student_number_sealed = :snSealed, student_number_index = :snIndex,
                               student_number_masked = :snMasked, school_id = :schoolId,
                               school_township_code = :schoolTownship, grade = :grade, class_name = :className,
                               household_township_code = :township, household_village_code = :village,
                               residence = :residence, card_bank = :cardBank, card_number_sealed = :cardSealed,
                               card_number_index = :cardIndex, card_number_masked = :cardMasked,
                               card_luhn_ok = :cardLuhnOk, import_digest = :importDigest,
                               version = version + 1, updated_at = now()
                         WHERE id = :id AND version = :version
                        """).paramSource(Sealing.typed(params)).update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM registry_household_member WHERE student_id = :id")
                .param("id", student.id())
                .update();
        insertMembers(student.id(), student.household());
        return true;
    }

    private Map<String, Object> revision(Student student, String schoolTownship) {
        Map<String, Object> params = sealing.student(student, schoolTownship);
        params.put("id", student.id());
        params.put("version", student.version());
        return params;
    }

    private void insertMembers(long studentId, List<HouseholdMember> household) {
        if (household.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = new SqlParameterSource[household.size()];
        for (int i = 0; i < household.size(); i++) {
            rows[i] = Sealing.typed(sealing.member(household.get(i), studentId, i));
        }
        batch.batchUpdate(INSERT_MEMBER, rows);
    }

    /** Keeps the school's township beside its students after the school moved. */
    public int relocateSchool(long schoolId, String township) {
        return jdbc.sql("UPDATE registry_student SET school_township_code = :township WHERE school_id = :schoolId")
                .param("township", township)
                .param("schoolId", schoolId)
                .update();
    }

    /**
     * What the registration import needs to recognise a registered student's row as unchanged
     * without opening anything: the version, the school, and the digest of the row last imported
     * at that version (null when none was).
     */
    public record ImportState(long id, int version, long schoolId, String importDigest) {}

    /** The import state of these students, keyed by id; one query, nothing opened. */
    public Map<Long, ImportState> importStates(Collection<Long> ids) {
        Map<Long, ImportState> states = new HashMap<>();
        jdbc.sql("SELECT id, version, school_id, import_digest FROM registry_student WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    states.put(
                            id,
                            new ImportState(
                                    id, rs.getInt("version"), rs.getLong("school_id"), rs.getString("import_digest")));
                });
        return states;
    }

    /**
     * Keeps each student's import digest, where the student is still at the given version (a
     * student saved since keeps none: its next import compares it in full). The version is not
     * raised: nothing of the student changes.
     */
    public void keepImportDigests(List<ImportState> states) {
        if (states.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE registry_student s SET import_digest = d.digest
                          FROM unnest(CAST(:ids AS bigint[]), CAST(:versions AS int[]), CAST(:digests AS text[]))
                               AS d(id, version, digest)
                         WHERE s.id = d.id AND s.version = d.version
                        """)
                .param("ids", states.stream().map(ImportState::id).toArray(Long[]::new))
                .param("versions", states.stream().map(ImportState::version).toArray(Integer[]::new))
                .param("digests", states.stream().map(ImportState::importDigest).toArray(String[]::new))
                .update();
    }

    /** Loads many students with every sealed value opened, in two queries; keyed by id. */
    public Map<Long, Student> loadAll(Collection<Long> ids) {
        Long[] wanted = ids.toArray(Long[]::new);
        Map<Long, List<HouseholdMember>> households = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM registry_household_member WHERE student_id = ANY(:ids) ORDER BY student_id, position
                        """).param("ids", wanted).query(rs -> {
            households
                    .computeIfAbsent(rs.getLong("student_id"), k -> new java.util.ArrayList<>())
                    .add(member(rs, 0));
        });
        Map<Long, Student> students = new HashMap<>();
        jdbc.sql("SELECT * FROM registry_student WHERE id = ANY(:ids)")
                .param("ids", wanted)
                .query(rs -> {
                    long id = rs.getLong("id");
                    students.put(id, student(rs, households.getOrDefault(id, List.of())));
                });
        return students;
    }

    /** Loads a student with every sealed value opened. */
    public Optional<Student> load(long id) {
        List<HouseholdMember> household =
                jdbc.sql("""
                        SELECT * FROM registry_household_member WHERE student_id = :id ORDER BY position
                        """).param("id", id).query(this::member).list();
        return jdbc.sql("SELECT * FROM registry_student WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> student(rs, household))
                .optional();
    }

    private Student student(ResultSet rs, List<HouseholdMember> household) throws SQLException {
        String studentNumber = sealing.open(rs.getString("student_number_sealed"));
        String village = rs.getString("household_village_code");
        StudentFacts facts = new StudentFacts(
                rs.getString("name"),
                Gender.valueOf(rs.getString("gender")),
                new IdentityDocument(
                        IdDocumentType.valueOf(rs.getString("id_type")),
                        sealing.open(rs.getString("id_number_sealed"))),
                studentNumber == null ? null : new StudentNumber(studentNumber),
                rs.getLong("school_id"),
                rs.getString("grade"),
                rs.getString("class_name"),
                new RegionCode(rs.getString("household_township_code")),
                village == null ? null : new RegionCode(village),
                Residence.valueOf(rs.getString("residence")));
        String card = sealing.open(rs.getString("card_number_sealed"));
        AidCard aidCard = card == null ? null : new AidCard(rs.getString("card_bank"), new BankCardNumber(card));
        return Student.restore(rs.getLong("id"), rs.getInt("version"), facts, household, aidCard);
    }

    private HouseholdMember member(ResultSet rs, int n) throws SQLException {
        String idType = rs.getString("id_type");
        String id = sealing.open(rs.getString("id_number_sealed"));
        String phone = sealing.open(rs.getString("phone_sealed"));
        String income = sealing.open(rs.getString("income_sealed"));
        String health = sealing.open(rs.getString("health_sealed"));
        return new HouseholdMember(
                rs.getLong("id"),
                rs.getString("name"),
                Relation.valueOf(rs.getString("relation")),
                rs.getBoolean("guardian"),
                id == null ? null : new IdentityDocument(IdDocumentType.valueOf(idType), id),
                phone == null ? null : new PhoneNumber(phone),
                rs.getString("employer"),
                income == null ? null : Money.yuan(income),
                health == null ? null : new Health(health));
    }
}
