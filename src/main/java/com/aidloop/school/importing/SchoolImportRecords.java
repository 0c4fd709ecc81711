package com.aidloop.school.importing;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.ImportRecordTable;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.school.SchoolImportView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records of school imports (school_import), their problems in row order, and the rows kept
 * for 确认导入 and the error workbook (the phone cell sealed). Reads filter by the caller's scope in
 * SQL, as the roster imports do.
 */
@Repository
public class SchoolImportRecords {

    private static final String VIEW = """
            SELECT i.id, i.mode, i.status, i.file_name, i.file_bytes, i.uploaded_by, i.created_at, i.rows_read,
                   i.error_rows, i.errors, i.warnings, i.schools_created, i.schools_updated, i.schools_unchanged,
                   i.refusal_message, i.validated_import_id,
                   (SELECT c.id FROM school_import c WHERE c.validated_import_id = i.id AND c.status = 'COMMITTED') AS committed_by,
                   EXISTS (SELECT 1 FROM school_import_row r WHERE r.import_id = i.id) AS rows_kept
              FROM school_import i
            """;
    private static final String IN_SCOPE = ScopeFilter.imports("i");
    private static final int PHONE = SchoolColumn.CONTACT_PHONE.ordinal();

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final ImportRecordTable<SchoolImportView> table;

    SchoolImportRecords(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.table = new ImportRecordTable<>(jdbc, "school_import", VIEW, IN_SCOPE, SchoolImportRecords::view);
    }

    /** Everything an import ends with. {@code scopeRegion} is the region it was uploaded for. */
    public record Finished(
            ImportMode mode,
            ImportStatus status,
            String fileName,
            long fileBytes,
            String fileSha256,
            String uploadedBy,
            Long uploaderId,
            String scopeRegion,
            Long scopeSchoolId,
            Long validatedImportId,
            ImportCounts counts,
            String refusalCode,
            String refusalMessage) {}

    public long insert(Finished f) {
        ImportCounts c = f.counts();
        return jdbc.sql("""
                        INSERT INTO school_import (mode, status, file_name, file_bytes, file_sha256, uploaded_by, uploader_id,
                                                   scope_region, scope_school_id, validated_import_id, rows_read, error_rows, errors, warnings,
                                                   schools_created, schools_updated, schools_unchanged, refusal_code,
                                                   refusal_message)
                        VALUES (:mode, :status, :fileName, :fileBytes, :sha, :uploadedBy, :uploaderId, :scopeRegion, :scopeSchoolId, :validated,
                                :rows, :errorRows, :errors, :warnings, :created, :updated, :unchanged, :refusalCode, :refusal)
                        RETURNING id
                        """)
                .param("mode", f.mode().name())
                .param("status", f.status().name())
                .param("fileName", f.fileName())
                .param("fileBytes", f.fileBytes())
                .param("sha", f.fileSha256())
                .param("uploadedBy", f.uploadedBy())
                .param("uploaderId", f.uploaderId())
                .param("scopeRegion", f.scopeRegion())
                .param("scopeSchoolId", f.scopeSchoolId())
                .param("validated", f.validatedImportId())
                .param("rows", c.rows())
                .param("errorRows", c.errorRows())
                .param("errors", c.errors())
                .param("warnings", c.warnings())
                .param("created", c.created())
                .param("updated", c.updated())
                .param("unchanged", c.unchanged())
                .param("refusalCode", f.refusalCode())
                .param("refusal", f.refusalMessage())
                .query(Long.class)
                .single();
    }

    /** Waits until no other school import commits, for the rest of the transaction. */
    public void lockForCommit() {
        table.lockForCommit();
    }

    /** The import if the scope covers it. */
    public Optional<SchoolImportView> find(long id, DataScope scope) {
        return table.find(id, ScopeFilter.params(scope));
    }

    /** The newest imports of the scope first. */
    public Paged<SchoolImportView> list(DataScope scope, Paging paging) {
        return table.list(ScopeFilter.params(scope), paging);
    }

    /** Stores the problems in the order given. */
    public void addProblems(long importId, List<ImportProblem> found) {
        table.problems().addProblems(importId, 1, found);
    }

    /** Problems in row order: all, only errors or only warnings. */
    public Paged<ImportProblem> problems(long importId, Boolean errors, Paging paging) {
        return table.problems().problems(importId, errors, paging);
    }

    /** Every problem of an import in row order, for the error workbook and the API's answer. */
    public List<ImportProblem> allProblems(long importId) {
        return table.problems().allProblems(importId);
    }

    /** Keeps the rows read, the phone cell sealed, in one statement (a column array per cell). */
    public void keepRows(long importId, List<ImportedRow> rows) {
        int columns = SchoolColumn.values().length;
        Integer[] numbers = new Integer[rows.size()];
        String[][] byColumn = new String[columns][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            ImportedRow row = rows.get(r);
            numbers[r] = row.rowNumber();
            String[] cells = row.cells();
            cells[PHONE] = cells[PHONE] == null || cells[PHONE].isBlank() ? "" : sensitive.seal(cells[PHONE]);
            for (int c = 0; c < columns; c++) {
                byColumn[c][r] = cells[c] == null ? "" : cells[c];
            }
        }
        var statement = jdbc.sql("""
                        INSERT INTO school_import_row (import_id, row_number, cells)
                        SELECT :id, n, ARRAY[c0, c1, c2, c3, c4, c5, c6, c7]
                          FROM unnest(CAST(:numbers AS INTEGER[]), CAST(:c0 AS TEXT[]), CAST(:c1 AS TEXT[]), CAST(:c2 AS TEXT[]),
                                      CAST(:c3 AS TEXT[]), CAST(:c4 AS TEXT[]), CAST(:c5 AS TEXT[]), CAST(:c6 AS TEXT[]),
                                      CAST(:c7 AS TEXT[])) AS t(n, c0, c1, c2, c3, c4, c5, c6, c7)
                        """).param("id", importId).param("numbers", numbers);
        for (int c = 0; c < columns; c++) {
            statement = statement.param("c" + c, byColumn[c]);
        }
        statement.update();
    }

    /** The kept rows in file order, the phone opened. */
    public List<ImportedRow> keptRows(long importId) {
        return jdbc.sql("SELECT row_number, cells FROM school_import_row WHERE import_id = :id ORDER BY row_number")
                .param("id", importId)
                .query((rs, n) -> {
                    String[] cells = cells(rs.getArray("cells"));
                    cells[PHONE] = cells[PHONE].isEmpty() ? "" : sensitive.open(cells[PHONE]);
                    return new ImportedRow(rs.getInt("row_number"), cells);
                })
                .list();
    }

    /** Removes the kept rows of an import, and those kept longer than a week by any import. */
    public void dropRows(long importId) {
        jdbc.sql("""
                        DELETE FROM school_import_row
                         WHERE import_id = :id
                            OR import_id IN (SELECT id FROM school_import WHERE created_at < now() - interval '7 days')
                        """).param("id", importId).update();
    }

    private static String[] cells(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? "" : values[i].toString();
        }
        return cells;
    }

    private static SchoolImportView view(ResultSet rs, int n) throws SQLException {
        return new SchoolImportView(
                rs.getLong("id"),
                ImportMode.valueOf(rs.getString("mode")),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("rows_read"),
                rs.getInt("error_rows"),
                rs.getInt("errors"),
                rs.getInt("warnings"),
                rs.getInt("schools_created"),
                rs.getInt("schools_updated"),
                rs.getInt("schools_unchanged"),
                rs.getString("refusal_message"),
                rs.getObject("validated_import_id", Long.class),
                rs.getObject("committed_by", Long.class),
                rs.getBoolean("rows_kept"));
    }
}
