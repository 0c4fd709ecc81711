package com.aidloop.comparison.persistence;

import com.aidloop.comparison.DepartmentListView;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.ImportProblemTable;
import com.aidloop.platform.PostgresCopy;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Department lists (comparison_list) and their persons, written with COPY on the caller's
 * transaction. One import per region and list type at a time: {@link #lock} serialises them, and
 * the unique index on the current list is the backstop.
 */
@Repository
public class ListStore {

    private static final String SELECT = """
            SELECT l.*, t.name AS type_name
              FROM comparison_list l
              JOIN comparison_list_type t ON t.code = l.type_code
            """;
    private static final String COPY_PERSONS = """
            COPY comparison_list_person (list_id, row_number, person_no, id_index, name, region, category, attributes)
            FROM STDIN
            """;

    /** The current list of a region and type: its id and as-of date. */
    public record CurrentList(long id, LocalDate asOf) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ImportProblemTable problems;

    ListStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.problems = new ImportProblemTable(jdbc, "comparison_import_problem");
    }

    public ImportProblemTable problems() {
        return problems;
    }

    /** Waits for any other import of the same region and type; released when the transaction ends. */
    public void lock(String regionCode, String typeCode) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-comparison-list:' || :region || ':' || :type))")
                .param("region", regionCode)
                .param("type", typeCode)
                .query((rs, n) -> 1)
                .list();
    }

    public Optional<CurrentList> current(String regionCode, String typeCode) {
        return jdbc.sql("""
                SELECT id, as_of FROM comparison_list WHERE region_code = :region AND type_code = :type AND current
                """)
                .param("region", regionCode)
                .param("type", typeCode)
                .query((rs, n) -> new CurrentList(rs.getLong("id"), rs.getObject("as_of", LocalDate.class)))
                .optional();
    }

    /** Starts a list, not yet current. */
    public long open(
            String regionCode,
            String typeCode,
            String department,
            LocalDate asOf,
            String fileName,
            String sheetName,
            String by) {
        return jdbc.sql("""
                INSERT INTO comparison_list (region_code, type_code, department, as_of, file_name, sheet_name,
                                             rows_read, rows_skipped, persons, current, uploaded_by)
                VALUES (:region, :type, :department, :asOf, :fileName, :sheetName, 0, 0, 0, FALSE, :by)
                RETURNING id
                """)
                .param("region", regionCode)
                .param("type", typeCode)
                .param("department", department)
                .param("asOf", asOf)
                .param("fileName", fileName)
                .param("sheetName", sheetName)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Appends one person line for {@link #openPersonsCopy}. */
    public static void personLine(
            StringBuilder out,
            long listId,
            int row,
            int personNo,
            String idIndex,
            String name,
            String region,
            String category,
            String attributes) {
        out.append(listId)
                .append('\t')
                .append(row)
                .append('\t')
                .append(personNo)
                .append('\t');
        PostgresCopy.field(out, idIndex).append('\t');
        PostgresCopy.field(out, name).append('\t');
        PostgresCopy.field(out, region).append('\t');
        PostgresCopy.field(out, category).append('\t');
        PostgresCopy.field(out, attributes).append('\n');
    }

    /** A COPY of person lines ({@link #personLine}, UTF-8) kept open while the list is read. */
    public PostgresCopy.Stream openPersonsCopy() {
        return PostgresCopy.open(dataSource, COPY_PERSONS);
    }

    /**
     * Makes the list current with its counts; the list it replaces (if any) is marked replaced
     * and its persons deleted: only the current list is matched, and what is not needed is not kept.
     */
    public void makeCurrent(long id, int rowsRead, int rowsSkipped, int persons, Long replaced) {
        if (replaced != null) {
            jdbc.sql("UPDATE comparison_list SET current = FALSE, replaced_by = :id WHERE id = :old")
                    .param("id", id)
                    .param("old", replaced)
                    .update();
            jdbc.sql("DELETE FROM comparison_list_person WHERE list_id = :old")
                    .param("old", replaced)
                    .update();
        }
        jdbc.sql("""
                UPDATE comparison_list
                   SET current = TRUE, rows_read = :rowsRead, rows_skipped = :skipped, persons = :persons
                 WHERE id = :id
                """)
                .param("id", id)
                .param("rowsRead", rowsRead)
                .param("skipped", rowsSkipped)
                .param("persons", persons)
                .update();
    }

    public Paged<DepartmentListView> lists(DataScope scope, Paging paging) {
        var params = ScopeFilter.params(scope);
        long total = jdbc.sql("SELECT count(*) FROM comparison_list l WHERE " + ScopeFilter.departmentLists("l"))
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        var rows = jdbc.sql(SELECT + " WHERE " + ScopeFilter.departmentLists("l")
                        + " ORDER BY l.uploaded_at DESC, l.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> view(rs))
                .list();
        return Paged.of(rows, total, paging);
    }

    public Optional<DepartmentListView> find(long id, DataScope scope) {
        var params = ScopeFilter.params(scope);
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE l.id = :id AND " + ScopeFilter.departmentLists("l"))
                .params(params)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static DepartmentListView view(ResultSet rs) throws SQLException {
        return new DepartmentListView(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getString("type_code"),
                rs.getString("type_name"),
                rs.getString("department"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("file_name"),
                rs.getString("sheet_name"),
                rs.getInt("rows_read"),
                rs.getInt("rows_skipped"),
                rs.getInt("persons"),
                rs.getBoolean("current"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
