package com.aidloop.school.internal;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.school.ContactPhone;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolCode;
import com.aidloop.school.SchoolContact;
import com.aidloop.school.SchoolSearch;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores schools in {@code school_school}; every list query filters by the caller's scope. The
 * contact phone is sealed on the way in and opened on the way out, so that the aggregate compares
 * real numbers; views show it masked.
 */
@Repository
public class SchoolRepository {

    private static final String COLUMNS = """
            SELECT id, version, code, name, array_to_string(stages, ',') AS stages, ownership, township_code,
                   address, contact_name, contact_phone_sealed, contact_phone_masked
              FROM school_school
            """;

    /** Scope first (the "nothing" scope sees nothing), then the search fields. */
    private static final String MATCHING =
            " WHERE " + ScopeFilter.schools("school_school") + """
               AND (CAST(:q AS text) IS NULL OR name ILIKE :nameLike OR code LIKE :codeLike)
               AND """ + ScopeFilter.schoolsWithin("school_school") + """

               AND (CAST(:stage AS text) IS NULL OR :stage = ANY(stages))
            """;

    private static final String COUNT = "SELECT count(*) FROM school_school" + MATCHING;

    private static final String PAGE = COLUMNS + MATCHING + """
             ORDER BY township_code, code
             LIMIT :limit OFFSET :offset
            """;

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    public SchoolRepository(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    public Optional<School> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query(this::school)
                .optional();
    }

    /** The school as lists show it, without opening its phone. */
    public Optional<SchoolView> view(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query(SchoolRepository::view)
                .optional();
    }

    public Optional<SchoolView> findByCode(SchoolCode code) {
        return jdbc.sql(COLUMNS + " WHERE code = :code")
                .param("code", code.value())
                .query(SchoolRepository::view)
                .optional();
    }

    /** The schools with these identifiers, wherever they are, keyed by identifier (one query). */
    public Map<String, School> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COLUMNS + " WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(this::school)
                .stream()
                .collect(Collectors.toMap(s -> s.facts().code().value(), s -> s, (a, b) -> a, HashMap::new));
    }

    public Map<Long, SchoolView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id IN (:ids)").param("ids", ids).query(SchoolRepository::view).stream()
                .collect(Collectors.toMap(SchoolView::id, s -> s, (a, b) -> a, HashMap::new));
    }

    public Paged<SchoolView> search(SchoolSearch search, DataScope scope, Paging paging) {
        Map<String, Object> params = params(search, scope);
        long total = jdbc.sql(COUNT).params(params).query(Long.class).single();
        List<SchoolView> page = jdbc.sql(PAGE)
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(SchoolRepository::view)
                .list();
        return Paged.of(page, total, paging);
    }

    /** The first schools of a scope in township order, for choice lists. */
    public List<SchoolView> within(DataScope scope, int limit) {
        return jdbc.sql(PAGE)
                .params(params(SchoolSearch.any(), scope))
                .param("limit", limit)
                .param("offset", 0)
                .query(SchoolRepository::view)
                .list();
    }

    public School insert(School school) {
        SchoolFacts f = school.facts();
        long id = jdbc.sql("""
                        INSERT INTO school_school (code, name, stages, ownership, township_code,
                                                   address, contact_name, contact_phone_sealed, contact_phone_masked)
                        VALUES (:code, :name, string_to_array(:stages, ','), :ownership, :township,
                                :address, :contactName, :phoneSealed, :phoneMasked)
                        RETURNING id
                        """).params(factParams(f)).query(Long.class).single();
        return school.stored(id);
    }

    /** Saves a revised school if nobody saved it since it was loaded; false if somebody did. */
    public boolean update(School school) {
        int rows = jdbc.sql("""
                        UPDATE school_school
                           SET code = :code, name = :name, stages = string_to_array(:stages, ','),
                               ownership = :ownership, township_code = :township, address = :address,
                               contact_name = :contactName, contact_phone_sealed = :phoneSealed,
                               contact_phone_masked = :phoneMasked, version = version + 1, updated_at = now()
                         WHERE id = :id AND version = :version
                        """)
                .params(factParams(school.facts()))
                .param("id", school.id())
                .param("version", school.version())
                .update();
        return rows == 1;
    }

    private Map<String, Object> factParams(SchoolFacts f) {
        SchoolContact contact = f.contact();
        Map<String, Object> params = new HashMap<>();
        params.put("code", f.code().value());
        params.put("name", f.name());
        params.put("stages", f.stages().stream().sorted().map(Stage::name).collect(Collectors.joining(",")));
        params.put("ownership", f.ownership().name());
        params.put("township", f.township().value());
        params.put("address", contact.address());
        params.put("contactName", contact.contactName());
        params.put(
                "phoneSealed",
                contact.phone() == null ? null : sensitive.seal(contact.phone().value()));
        params.put(
                "phoneMasked", contact.phone() == null ? null : contact.phone().masked());
        return params;
    }

    private static Map<String, Object> params(SchoolSearch search, DataScope scope) {
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("q", search.q());
        p.put("nameLike", search.q() == null ? null : "%" + escapeLike(search.q()) + "%");
        p.put("codeLike", search.q() == null ? null : escapeLike(search.q()) + "%");
        p.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(search.regionCode()));
        p.put("stage", search.stage() == null ? null : search.stage().name());
        return p;
    }

    /** A school as lists show it: the phone stays sealed, its masked form is read. */
    private static SchoolView view(ResultSet rs, int row) throws SQLException {
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        Arrays.stream(rs.getString("stages").split(",")).map(Stage::valueOf).forEach(stages::add);
        return new SchoolView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                stages,
                Ownership.valueOf(rs.getString("ownership")),
                rs.getString("township_code"),
                rs.getInt("version"),
                rs.getString("address"),
                rs.getString("contact_name"),
                rs.getString("contact_phone_masked"));
    }

    private ContactPhone phone(String sealed) {
        return sealed == null ? null : new ContactPhone(sensitive.open(sealed));
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private School school(ResultSet rs, int row) throws SQLException {
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        Arrays.stream(rs.getString("stages").split(",")).map(Stage::valueOf).forEach(stages::add);
        SchoolFacts facts = new SchoolFacts(
                new SchoolCode(rs.getString("code")),
                rs.getString("name"),
                stages,
                Ownership.valueOf(rs.getString("ownership")),
                new RegionCode(rs.getString("township_code")),
                new SchoolContact(
                        rs.getString("address"),
                        rs.getString("contact_name"),
                        phone(rs.getString("contact_phone_sealed"))));
        return School.restore(rs.getLong("id"), rs.getInt("version"), facts);
    }
}
