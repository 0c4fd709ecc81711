package com.aidloop.platform;

import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle of one module's import records (a table such as school_import, aliased {@code i},
 * and its problems in {@code <table>_problem}): one import by id and a page of them newest first,
 * both filtered by the scope condition the module gives (iam.ScopeFilter.imports with its
 * parameters), the lock that makes commits of one kind of import wait for each other, and the
 * problems ({@link ImportProblemTable}). Each module keeps its own columns, counts and checks;
 * roster, school and student-registration imports share this shape.
 */
public class ImportRecordTable<V> {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String view;
    private final String inScope;
    private final String count;
    private final String lock;
    private final RowMapper<V> mapper;
    private final ImportProblemTable problems;

    /**
     * @param table the module's import table, a constant such as school_import
     * @param view the SELECT of the module's view, its FROM naming the table as {@code i}
     * @param inScope the condition on {@code i} that keeps the caller's scope
     */
    public ImportRecordTable(JdbcClient jdbc, String table, String view, String inScope, RowMapper<V> mapper) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.view = view;
        this.inScope = inScope;
        this.count = "SELECT count(*) FROM " + table + " i WHERE " + inScope;
        this.lock =
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('aidloop-" + table + "', 0))) AS locked";
        this.mapper = mapper;
        this.problems = new ImportProblemTable(jdbc, table + "_problem");
    }

    /** The import if the scope (its ScopeFilter parameters) covers it. */
    public Optional<V> find(long id, Map<String, ?> scope) {
        return jdbc.sql(view + " WHERE i.id = :id AND " + inScope)
                .param("id", id)
                .params(scope)
                .query(mapper)
                .optional();
    }

    /** The import regardless of scope, for the job that runs it. */
    public Optional<V> byId(long id) {
        return jdbc.sql(view + " WHERE i.id = :id")
                .param("id", id)
                .query(mapper)
                .optional();
    }

    /** The newest imports of the scope first. */
    public Paged<V> list(Map<String, ?> scope, Paging paging) {
        long total = jdbc.sql(count).params(scope).query(Long.class).single();
        List<V> page = jdbc.sql(view + " WHERE " + inScope + " ORDER BY i.id DESC LIMIT :limit OFFSET :offset")
                .params(scope)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(mapper)
                .list();
        return Paged.of(page, total, paging);
    }

    /** Waits until no other import of this table commits, for the rest of the transaction. */
    public void lockForCommit() {
        jdbc.sql(lock).query(Integer.class).single();
    }

    /** The problems of these imports. */
    public ImportProblemTable problems() {
        return problems;
    }
}
