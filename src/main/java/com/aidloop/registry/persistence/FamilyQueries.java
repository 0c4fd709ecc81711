package com.aidloop.registry.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.PhoneNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What family access needs of the registry: the students a household phone reaches (by its blind
 * index), a family's students with the birth date their age is told by, and the guardians' phones
 * of a scope for a notice or of one student for a message.
 */
@Repository
public class FamilyQueries {

    private static final String STUDENT_COLUMNS = """
            s.id, s.name, s.school_id, s.grade, s.class_name, s.school_township_code, s.household_township_code,
            s.household_village_code, s.id_type, s.id_number_sealed
            """;

    private static final String GUARDIANS = "SELECT m.id AS member_id, m.phone_sealed, " + STUDENT_COLUMNS + """
             FROM registry_household_member m JOIN registry_student s ON s.id = m.student_id
            WHERE m.guardian AND m.phone_sealed IS NOT NULL AND\s""";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    FamilyQueries(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    public Set<Long> studentsWithPhone(String phoneIndex) {
        return new HashSet<>(
                jdbc.sql("SELECT DISTINCT student_id FROM registry_household_member WHERE phone_index = :idx")
                        .param("idx", phoneIndex)
                        .query(Long.class)
                        .list());
    }

    public List<FamilyStudent> students(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + STUDENT_COLUMNS + " FROM registry_student s WHERE s.id = ANY(:ids) ORDER BY s.id")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every guardian with a phone of the students the scope covers, in one query. */
    public List<GuardianPhone> guardiansOf(DataScope scope) {
        return jdbc.sql(GUARDIANS + ScopeFilter.students("s") + " ORDER BY m.id")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> guardian(rs))
                .list();
    }

    /** The guardians with a phone of one student, in the order the household lists them. */
    public List<GuardianPhone> guardiansOf(long studentId) {
        return jdbc.sql(GUARDIANS + "s.id = :student ORDER BY m.id")
                .param("student", studentId)
                .query((rs, n) -> guardian(rs))
                .list();
    }

    private GuardianPhone guardian(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GuardianPhone(
                rs.getLong("member_id"), new PhoneNumber(sealing.open(rs.getString("phone_sealed"))), row(rs));
    }

    private FamilyStudent row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FamilyStudent(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("school_id"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getString("school_township_code"),
                rs.getString("household_township_code"),
                rs.getString("household_village_code"),
                birthDate(rs.getString("id_type"), rs.getString("id_number_sealed")));
    }

    private LocalDate birthDate(String idType, String sealed) {
        if (!IdDocumentType.RESIDENT_ID_CARD.name().equals(idType) || sealed == null) {
            return null;
        }
        return IdNumber.parse(sealing.open(sealed)).birthDate();
    }
}
