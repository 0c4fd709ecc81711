package com.aidloop.registry.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.registry.Relation;
import com.aidloop.registry.Residence;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.registry.StudentView;
import com.aidloop.registry.StudentView.CardView;
import com.aidloop.registry.StudentView.MemberView;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads students for lists, the detail page and the API from the masked columns only: nothing
 * is opened here. Every query filters by the caller's scope in SQL.
 */
@Repository
public class StudentQueries {

    private static final String MATCHING =
            " WHERE " + ScopeFilter.students("s") + """
              AND (CAST(:nameLike AS text) IS NULL OR s.name ILIKE :nameLike)
              AND (CAST(:idIndex AS text) IS NULL OR s.id_number_index = :idIndex)
              AND (CAST(:idHead AS text) IS NULL
                   OR (CAST(:idEither AS boolean)
                       AND (s.id_number_masked LIKE :idHead OR reverse(s.id_number_masked) LIKE :idTail))
                   OR (NOT CAST(:idEither AS boolean)
                       AND s.id_number_masked LIKE :idHead AND reverse(s.id_number_masked) LIKE :idTail))
              AND (CAST(:schoolId AS bigint) IS NULL OR s.school_id = :schoolId)
              AND (CAST(:township AS text) IS NULL OR s.household_township_code = :township)
              AND (CAST(:village AS text) IS NULL OR s.household_village_code = :village)
              AND """ + ScopeFilter.studentsWithin("s");

    private static final String COUNT = "SELECT count(*) FROM registry_student s" + MATCHING;

    private static final String PAGE = """
            SELECT s.id, s.name, s.gender, s.id_number_masked, s.school_id, s.grade, s.class_name,
                   s.household_township_code, s.household_village_code, s.residence
              FROM registry_student s
            """ + MATCHING + """
             ORDER BY s.school_id, s.id
             LIMIT :limit OFFSET :offset
            """;

    private static final String ONE = """
            SELECT s.id, s.version, s.name, s.gender, s.id_type, s.id_number_masked, s.student_number_masked,
                   s.school_id, s.grade, s.class_name, s.household_township_code, s.household_village_code,
                   s.residence, s.card_bank, s.card_number_masked, s.card_luhn_ok, s.created_at, s.updated_at
              FROM registry_student s
             WHERE s.id = :id AND
            """ + ScopeFilter.students("s");

    private static final String MEMBERS = """
            SELECT id, name, relation, guardian, id_type, id_number_masked, phone_masked, employer,
                   income_sealed IS NOT NULL AS income_given, health_sealed IS NOT NULL AS health_given
              FROM registry_household_member
             WHERE student_id = :id
             ORDER BY position
            """;

    private final JdbcClient jdbc;
    private final Sealing sealing;

    StudentQueries(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** One count query and one page query, both filtered by scope and search. */
    public Paged<StudentRow> search(StudentSearch search, DataScope scope, Paging paging) {
        planForTheseValues();
        Map<String, Object> params = SearchTerms.params(search, sealing::idIndex);
        params.putAll(ScopeFilter.params(scope));
        long total = jdbc.sql(COUNT).params(params).query(Long.class).single();
        List<StudentRow> rows = total == 0
                ? List.of()
                : jdbc.sql(PAGE)
                        .params(params)
                        .param("limit", paging.size())
                        .param("offset", paging.offset())
                        .query(StudentQueries::row)
                        .list();
        return Paged.of(rows, total, paging);
    }

    /** The student, masked, if the scope covers it. */
    public Optional<StudentView> find(long id, DataScope scope) {
        Optional<StudentView> student = jdbc.sql(ONE)
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query((rs, n) -> view(rs, List.of()))
                .optional();
        if (student.isEmpty()) {
            return student;
        }
        List<MemberView> household =
                jdbc.sql(MEMBERS).param("id", id).query(StudentQueries::member).list();
        return student.map(s -> s.withHousehold(household));
    }

    /**
     * The filters read "(:value IS NULL OR column = :value)". A generic plan, which the driver's
     * prepared statements get after five runs, cannot drop the unused filters and so ignores the
     * indexes; inside the caller's transaction, plan each search for its actual values instead.
     */
    private void planForTheseValues() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }

    private static StudentRow row(ResultSet rs, int n) throws SQLException {
        return new StudentRow(
                rs.getLong("id"),
                rs.getString("name"),
                Gender.valueOf(rs.getString("gender")),
                rs.getString("id_number_masked"),
                rs.getLong("school_id"),
                null,
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getString("household_township_code"),
                null,
                rs.getString("household_village_code"),
                null,
                Residence.valueOf(rs.getString("residence")));
    }

    private static StudentView view(ResultSet rs, List<MemberView> household) throws SQLException {
        String bank = rs.getString("card_bank");
        CardView card = bank == null
                ? null
                : new CardView(bank, rs.getString("card_number_masked"), !rs.getBoolean("card_luhn_ok"));
        return new StudentView(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getString("name"),
                Gender.valueOf(rs.getString("gender")),
                IdDocumentType.valueOf(rs.getString("id_type")),
                rs.getString("id_number_masked"),
                rs.getString("student_number_masked"),
                rs.getLong("school_id"),
                null,
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getString("household_township_code"),
                null,
                rs.getString("household_village_code"),
                null,
                Residence.valueOf(rs.getString("residence")),
                household,
                card,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                null);
    }

    private static MemberView member(ResultSet rs, int n) throws SQLException {
        String idType = rs.getString("id_type");
        return new MemberView(
                rs.getLong("id"),
                rs.getString("name"),
                Relation.valueOf(rs.getString("relation")),
                rs.getBoolean("guardian"),
                idType == null ? null : IdDocumentType.valueOf(idType),
                rs.getString("id_number_masked"),
                rs.getString("phone_masked"),
                rs.getString("employer"),
                rs.getBoolean("income_given"),
                rs.getBoolean("health_given"));
    }
}
