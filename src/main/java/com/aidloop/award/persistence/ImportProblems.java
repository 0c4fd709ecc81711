package com.aidloop.award.persistence;

import com.aidloop.award.ImportProblemView;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The problems an import found (award_import_problem), stored in batches as the rows are read and
 * read back in row order for the pages, the API and the error workbook. Callers check the
 * import's scope first; a problem belongs to its import.
 */
@Repository
public class ImportProblems {

    private final JdbcClient jdbc;

    ImportProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Problems in row order, all or only errors or only warnings. */
    public Paged<ImportProblemView> problems(long importId, Boolean errors, Paging paging) {
        String severity = errors == null ? null : errors ? "ERROR" : "WARNING";
        long total = jdbc.sql("""
                        SELECT count(*) FROM award_import_problem
                         WHERE import_id = :id AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)
                        """)
                .param("id", importId)
                .param("severity", severity)
                .query(Long.class)
                .single();
        List<ImportProblemView> page = jdbc.sql("""
                        SELECT row_number, column_name, severity, code, message FROM award_import_problem
                         WHERE import_id = :id AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)
                         ORDER BY seq LIMIT :limit OFFSET :offset
                        """)
                .param("id", importId)
                .param("severity", severity)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> problem(rs))
                .list();
        return Paged.of(page, total, paging);
    }

    /** The first problems of one severity, for the API's answer. */
    public List<ImportProblemView> firstProblems(long importId, boolean errors, int limit) {
        return jdbc.sql("""
                        SELECT row_number, column_name, severity, code, message FROM award_import_problem
                         WHERE import_id = :id AND severity = :severity ORDER BY seq LIMIT :limit
                        """)
                .param("id", importId)
                .param("severity", errors ? "ERROR" : "WARNING")
                .param("limit", limit)
                .query((rs, n) -> problem(rs))
                .list();
    }

    /** Every stored problem's row and message in row order, for the error workbook. */
    public void forEachProblem(long importId, Consumer<ImportProblemView> sink) {
        jdbc.sql("""
                        SELECT row_number, column_name, severity, code, message FROM award_import_problem
                         WHERE import_id = :id ORDER BY seq
                        """).param("id", importId).withFetchSize(2_000).query((rs, n) -> problem(rs)).stream()
                .forEach(sink);
    }

    /** Stores a batch of problems, numbered on from {@code firstSeq}. */
    public void addProblems(long importId, int firstSeq, List<ProblemRow> problems) {
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
            ProblemRow p = problems.get(i);
            seq[i] = firstSeq + i;
            rows[i] = p.row();
            columns[i] = p.column();
            severities[i] = p.error() ? "ERROR" : "WARNING";
            codes[i] = p.code();
            messages[i] = p.message();
        }
        jdbc.sql("""
                        INSERT INTO award_import_problem (import_id, seq, row_number, column_name, severity, code, message)
                        SELECT :id, s, r, c, v, k, m
                          FROM unnest(CAST(:seq AS INTEGER[]), CAST(:rows AS INTEGER[]), CAST(:columns AS TEXT[]),
                                      CAST(:severities AS TEXT[]), CAST(:codes AS TEXT[]), CAST(:messages AS TEXT[]))
                               AS p(s, r, c, v, k, m)
                        """)
                .param("id", importId)
                .param("seq", seq)
                .param("rows", rows)
                .param("columns", columns)
                .param("severities", severities)
                .param("codes", codes)
                .param("messages", messages)
                .update();
    }

    /** A problem as stored: the message already in Chinese. */
    public record ProblemRow(int row, String column, boolean error, String code, String message) {}

    private static ImportProblemView problem(ResultSet rs) throws SQLException {
        return new ImportProblemView(
                rs.getInt("row_number"),
                rs.getString("column_name"),
                "ERROR".equals(rs.getString("severity")),
                rs.getString("code"),
                rs.getString("message"));
    }
}
