package com.aidloop.registry.importing;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.ImportRecordTable;
import com.aidloop.registry.StudentImportView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records of student-registration imports (registry_import) and their problems in row order;
 * reads filter by the caller's scope in SQL, as the other imports do.
 */
@Repository
public class RegistrationImportRecords {

    private static final String VIEW = """
            SELECT i.id, i.mode, i.status, i.file_name, i.file_bytes, i.uploaded_by, i.created_at, i.rows_read,
                   i.error_rows, i.errors, i.warnings, i.students_created, i.students_updated, i.students_unchanged,
                   i.students_transferred, i.students_left, i.refusal_message, i.validated_import_id,
                   (SELECT c.id FROM registry_import c WHERE c.validated_import_id = i.id AND c.status = 'COMMITTED') AS committed_by,
                   EXISTS (SELECT 1 FROM registry_import_row r WHERE r.import_id = i.id) AS rows_kept
              FROM registry_import i
            """;
    private static final String IN_SCOPE = ScopeFilter.imports("i");

    private final JdbcClient jdbc;
    private final ImportRecordTable<StudentImportView> table;

    RegistrationImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new ImportRecordTable<>(jdbc, "registry_import", VIEW, IN_SCOPE, RegistrationImportRecords::view);
    }

    /** Everything an import ends with. */
    record Finished(
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
            Set<RegistrationColumn> keptColumns,
            RegistrationCounts counts,
            String refusalCode,
            String refusalMessage) {}

    long insert(Finished f) {
        RegistrationCounts c = f.counts();
        return jdbc.sql("""
                        INSERT INTO registry_import (mode, status, file_name, file_bytes, file_sha256, uploaded_by, uploader_id,
                                                     scope_region, scope_school_id, validated_import_id, kept_columns,
                                                     rows_read, error_rows, errors, warnings,
                                                     students_created, students_updated, students_unchanged,
                                                     students_transferred, students_left, refusal_code, refusal_message)
                        VALUES (:mode, :status, :fileName, :fileBytes, :sha, :uploadedBy, :uploaderId, :scopeRegion,
                                :scopeSchoolId, :validated, :keptColumns, :rows, :errorRows, :errors, :warnings, :created, :updated, :unchanged,
                                :transferred, :left, :refusalCode, :refusal)
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
                .param(
                        "keptColumns",
                        f.keptColumns() == null
                                ? null
                                : String.join(
                                        ",",
                                        f.keptColumns().stream().map(Enum::name).toList()))
                .param("rows", c.rows())
                .param("errorRows", c.errorRows())
                .param("errors", c.errors())
                .param("warnings", c.warnings())
                .param("created", c.created())
                .param("updated", c.updated())
                .param("unchanged", c.unchanged())
                .param("transferred", c.transferred())
                .param("left", c.left())
                .param("refusalCode", f.refusalCode())
                .param("refusal", f.refusalMessage())
                .query(Long.class)
                .single();
    }

    /** Waits until no other student-registration import commits, for the rest of the transaction. */
    void lockForCommit() {
        table.lockForCommit();
    }

    /** The columns the file of an import had, as it kept its rows. */
    Set<RegistrationColumn> keptColumns(long importId) {
        String names = jdbc.sql("SELECT kept_columns FROM registry_import WHERE id = :id")
                .param("id", importId)
                .query(String.class)
                .optional()
                .orElse(null);
        Set<RegistrationColumn> columns = EnumSet.noneOf(RegistrationColumn.class);
        if (names != null && !names.isEmpty()) {
            for (String name : names.split(",")) {
                columns.add(RegistrationColumn.valueOf(name));
            }
        }
        return columns;
    }

    public Optional<StudentImportView> find(long id, DataScope scope) {
        return table.find(id, ScopeFilter.params(scope));
    }

    public Paged<StudentImportView> list(DataScope scope, Paging paging) {
        return table.list(ScopeFilter.params(scope), paging);
    }

    /** Stores the problems in the order given. */
    void addProblems(long importId, List<ImportProblem> problems) {
        table.problems().addProblems(importId, 1, problems);
    }

    /** Problems in row order: all ({@code errors} null), only errors or only warnings. */
    public Paged<ImportProblem> problems(long importId, Boolean errors, Paging paging) {
        return table.problems().problems(importId, errors, paging);
    }

    /** Every problem of an import in row order, for the error workbook. */
    List<ImportProblem> allProblems(long importId) {
        return table.problems().allProblems(importId);
    }

    /** The first problems of one severity, for the API's answer. */
    public List<ImportProblem> firstProblems(long importId, boolean errors, int limit) {
        return table.problems().firstProblems(importId, errors, limit);
    }

    /** A registered student of the file's schools whom the file does not list; the ID number masked. */
    record Absent(String name, String idNumberMasked, long schoolId, String grade, String className) {}

    /**
     * The students of these schools other than those seen, in school and class order. The seen ids
     * are left out here rather than in SQL: {@code NOT (id = ANY(array))} compared every student
     * with every seen id (10^10 comparisons, minutes for a county of 100,000 students), and an
     * anti-join against the unnested array was planned well by psql but not always for the
     * driver's parameter; reading the schools' students once is a fraction of a second.
     */
    List<Absent> absentFrom(Collection<Long> schoolIds, Set<Long> seen) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        List<Absent> absent = new ArrayList<>();
        jdbc.sql("""
                        SELECT s.id, s.name, s.id_number_masked, s.school_id, s.grade, s.class_name
                          FROM registry_student s
                         WHERE s.school_id = ANY(:schools)
                         ORDER BY s.school_id, s.grade, s.class_name, s.id
                        """).param("schools", schoolIds.toArray(Long[]::new)).query(rs -> {
            if (!seen.contains(rs.getLong("id"))) {
                absent.add(new Absent(
                        rs.getString("name"),
                        rs.getString("id_number_masked"),
                        rs.getLong("school_id"),
                        rs.getString("grade"),
                        rs.getString("class_name")));
            }
        });
        return absent;
    }

    private static StudentImportView view(ResultSet rs, int n) throws SQLException {
        return new StudentImportView(
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
                rs.getInt("students_created"),
                rs.getInt("students_updated"),
                rs.getInt("students_unchanged"),
                rs.getInt("students_transferred"),
                rs.getInt("students_left"),
                rs.getString("refusal_message"),
                rs.getObject("validated_import_id", Long.class),
                rs.getObject("committed_by", Long.class),
                rs.getBoolean("rows_kept"));
    }
}
