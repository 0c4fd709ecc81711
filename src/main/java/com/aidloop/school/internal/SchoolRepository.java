package com.aidloop.school.internal;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolCode;
import com.aidloop.school.SchoolSearch;
import com.aidloop.school.Stage;
import com.aidloop.school.SchoolView;
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

/** Stores schools in {@code school_school}; every list query filters by the caller's scope. */
@Repository
public class SchoolRepository {

    private static final String COLUMNS = """
            SELECT id, version, code, name, array_to_string(stages, ',') AS stages, ownership, township_code
              FROM school_school
            """;

    /** Scope first (the "nothing" scope sees nothing), then the search fields. */
    private static final String MATCHING = " WHERE " + ScopeFilter.schools("school_school") + """
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

    public SchoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<School> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(SchoolRepository::school).optional();
    }

    public Optional<SchoolView> findByCode(SchoolCode code) {
        return jdbc.sql(COLUMNS + " WHERE code = :code")
                .param("code", code.value())
                .query(SchoolRepository::school)
                .optional()
                .map(School::view);
    }

    public Map<Long, SchoolView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id IN (:ids)")
                .param("ids", ids)
                .query(SchoolRepository::school)
                .stream()
                .map(School::view)
                .collect(Collectors.toMap(SchoolView::id, s -> s, (a, b) -> a, HashMap::new));
    }

    public Paged<SchoolView> search(SchoolSearch search, DataScope scope, Paging paging) {
        Map<String, Object> params = params(search, scope);
        long total = jdbc.sql(COUNT).params(params).query(Long.class).single();
        List<SchoolView> page = jdbc.sql(PAGE)
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(SchoolRepository::school)
                .stream()
                .map(School::view)
                .toList();
        return Paged.of(page, total, paging);
    }

    /** The first schools of a scope in township order, for choice lists. */
    public List<SchoolView> within(DataScope scope, int limit) {
        return jdbc.sql(PAGE)
                .params(params(SchoolSearch.any(), scope))
                .param("limit", limit)
                .param("offset", 0)
                .query(SchoolRepository::school)
                .stream()
                .map(School::view)
                .toList();
    }

    public School insert(School school) {
        SchoolFacts f = school.facts();
        long id = jdbc.sql("""
                        INSERT INTO school_school (code, name, stages, ownership, township_code)
                        VALUES (:code, :name, string_to_array(:stages, ','), :ownership, :township)
                        RETURNING id
                        """)
                .params(factParams(f))
                .query(Long.class)
                .single();
        return school.stored(id);
    }

    /** Saves a revised school if nobody saved it since it was loaded; false if somebody did. */
    public boolean update(School school) {
        int rows = jdbc.sql("""
                        UPDATE school_school
                           SET code = :code, name = :name, stages = string_to_array(:stages, ','),
                               ownership = :ownership, township_code = :township,
                               version = version + 1, updated_at = now()
                         WHERE id = :id AND version = :version
                        """)
                .params(factParams(school.facts()))
                .param("id", school.id())
                .param("version", school.version())
                .update();
        return rows == 1;
    }

    private static Map<String, Object> factParams(SchoolFacts f) {
        return Map.of(
                "code", f.code().value(),
                "name", f.name(),
                "stages", f.stages().stream().sorted().map(Stage::name).collect(Collectors.joining(",")),
                "ownership", f.ownership().name(),
                "township", f.township().value());
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

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static School school(ResultSet rs, int row) throws SQLException {
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        Arrays.stream(rs.getString("stages").split(",")).map(Stage::valueOf).forEach(stages::add);
        SchoolFacts facts = new SchoolFacts(
                new SchoolCode(rs.getString("code")),
                rs.getString("name"),
                stages,
                Ownership.valueOf(rs.getString("ownership")),
                new RegionCode(rs.getString("township_code")));
        return School.restore(rs.getLong("id"), rs.getInt("version"), facts);
    }
}
