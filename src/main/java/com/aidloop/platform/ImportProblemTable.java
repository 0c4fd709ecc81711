package com.aidloop.platform;

import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The problems of an import in one module's problem table (import_id, seq, row_number,
 * column_name, severity ERROR or WARNING, code, message): stored in batches as the rows are read,
 * read back in row order for the pages, the API and the error workbook. Every import (roster,
 * school) keeps its problems this way; callers check the import's scope first.
 */
public class ImportProblemTable {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String count;
    private final String page;
    private final String first;
    private final String all;
    private final String insert;

    /** {@code table} is the module's own table, a constant such as award_import_problem. */
    public ImportProblemTable(JdbcClient jdbc, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        String columns = "SELECT row_number, column_name, severity, code, message FROM " + table;
        String filtered = " WHERE import_id = :id AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)";
        this.count = "SELECT count(*) FROM " + table + filtered;
        this.page = columns + filtered + " ORDER BY seq LIMIT :limit OFFSET :offset";
        this.first = columns + " WHERE import_id = :id AND severity = :severity ORDER BY seq LIMIT :limit";
        this.all = columns + " WHERE import_id = :id ORDER BY seq";
        this.insert = "INSERT INTO " + table + """
                 (import_id, seq, row_number, column_name, severity, code, message)
                SELECT :id, s, r, c, v, k, m
                  FROM unnest(CAST(:seq AS INTEGER[]), CAST(:rows AS INTEGER[]), CAST(:columns AS TEXT[]),
                              CAST(:severities AS TEXT[]), CAST(:codes AS TEXT[]), CAST(:messages AS TEXT[]))
                       AS p(s, r, c, v, k, m)
                """;
    }

    /** Problems in row order: all ({@code errors} null), only errors or only warnings. */
    public Paged<ImportProblem> problems(long importId, Boolean errors, Paging paging) {
        String severity = errors == null ? null : severity(errors);
        long total = jdbc.sql(count)
                .param("id", importId)
                .param("severity", severity)
                .query(Long.class)
                .single();
        List<ImportProblem> rows = jdbc.sql(page)
                .param("id", importId)
                .param("severity", severity)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> problem(rs))
                .list();
        return Paged.of(rows, total, paging);
    }

    /** The first problems of one severity, for the API's answer. */
    public List<ImportProblem> firstProblems(long importId, boolean errors, int limit) {
        return jdbc.sql(first)
                .param("id", importId)
                .param("severity", severity(errors))
                .param("limit", limit)
                .query((rs, n) -> problem(rs))
                .list();
    }

    /** Every problem of an import in row order. */
    public List<ImportProblem> allProblems(long importId) {
        return jdbc.sql(all).param("id", importId).query((rs, n) -> problem(rs)).list();
    }

    /** Every problem of an import in row order, streamed, for an error workbook of any size. */
    public void forEachProblem(long importId, Consumer<ImportProblem> sink) {
        jdbc.sql(all).param("id", importId).withFetchSize(2_000).query((rs, n) -> problem(rs)).stream()
                .forEach(sink);
    }

    /** Stores a batch of problems in the order given, numbered on from {@code firstSeq}. */
    public void addProblems(long importId, int firstSeq, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int n = problems.size();
        Integer[] seq = new Integer[n];
        Integer[] rows = new Integer[n];
        String[] columns = new String[n];
        String[] severities = new String[n];
        String[] codes = new String[n];
        String[] messages = new String[n];
        for (int i = 0; i < n; i++) {
            ImportProblem p = problems.get(i);
            seq[i] = firstSeq + i;
            rows[i] = p.row();
            columns[i] = p.column();
            severities[i] = severity(p.error());
            codes[i] = p.code();
            messages[i] = p.message();
        }
        jdbc.sql(insert)
                .param("id", importId)
                .param("seq", seq)
                .param("rows", rows)
                .param("columns", columns)
                .param("severities", severities)
                .param("codes", codes)
                .param("messages", messages)
                .update();
    }

    private static String severity(boolean error) {
        return error ? "ERROR" : "WARNING";
    }

    private static ImportProblem problem(ResultSet rs) throws SQLException {
        return new ImportProblem(
                rs.getInt("row_number"),
                rs.getString("column_name"),
                "ERROR".equals(rs.getString("severity")),
                rs.getString("code"),
                rs.getString("message"));
    }
}
