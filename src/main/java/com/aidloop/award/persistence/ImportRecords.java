package com.aidloop.award.persistence;

import com.aidloop.award.RosterImportView;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.ImportRecordTable;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import records (award_import): created when a file is accepted for a job, updated with
 * progress while it runs, and finished with a status. Reads filter by the caller's scope in SQL:
 * school staff see their school's imports, region staff those uploaded inside their region.
 * The problems an import found are {@link ImportProblems}.
 */
@Repository
public class ImportRecords {

    private static final String VIEW_COLUMNS = """
            i.id, i.term, i.mode, i.update_existing, i.status, i.file_name, i.file_bytes, i.uploaded_by, i.created_at,
            i.finished_at, i.rows_read, i.error_rows, i.errors, i.warnings, i.problems_stored, i.awards_created,
            i.awards_updated, i.awards_unchanged, i.students_registered, i.students_matched, i.amount_total,
            i.refusal_message, i.same_as_import_id, i.validated_import_id, i.stored_file,
            (SELECT max(c.id) FROM award_import c
              WHERE c.validated_import_id = i.id AND c.status IN ('RUNNING', 'COMMITTED')) AS committed_by
            """;

    private static final String IN_SCOPE = ScopeFilter.imports("i");

    private final JdbcClient jdbc;
    private final ImportRecordTable<RosterImportView> table;

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new ImportRecordTable<>(
                jdbc, "award_import", "SELECT " + VIEW_COLUMNS + " FROM award_import i", IN_SCOPE, ImportRecords::view);
    }

    /** What a new import starts with. {@code scopeRegion} is the uploader's region, or the school's township for school staff. */
    public record NewImport(
            Term term,
            ImportMode mode,
            boolean updateExisting,
            String fileName,
            long fileBytes,
            String uploadedBy,
            Long uploaderId,
            String scopeRegion,
            Long scopeSchoolId,
            Long validatedImportId,
            String runner) {}

    public long create(NewImport n) {
        return jdbc.sql("""
                        INSERT INTO award_import (term, mode, update_existing, status, file_name, file_bytes, uploaded_by,
                                                  uploader_id, scope_region, scope_school_id, validated_import_id, runner)
                        VALUES (:term, :mode, :update, 'RUNNING', :fileName, :fileBytes, :uploadedBy, :uploaderId,
                                :scopeRegion, :scopeSchoolId, :validated, :runner)
                        RETURNING id
                        """)
                .param("term", n.term().code())
                .param("mode", n.mode().name())
                .param("update", n.updateExisting())
                .param("fileName", n.fileName())
                .param("fileBytes", n.fileBytes())
                .param("uploadedBy", n.uploadedBy())
                .param("uploaderId", n.uploaderId())
                .param("scopeRegion", n.scopeRegion())
                .param("scopeSchoolId", n.scopeSchoolId())
                .param("validated", n.validatedImportId())
                .param("runner", n.runner())
                .query(Long.class)
                .single();
    }

    /** The import if the scope covers it. */
    public Optional<RosterImportView> find(long id, DataScope scope) {
        if (scope.isNothing()) {
            return Optional.empty();
        }
        return table.find(id, ScopeFilter.params(scope));
    }

    /** The import regardless of scope, for the job that runs it. */
    public Optional<RosterImportView> byId(long id) {
        return table.byId(id);
    }

    /** The newest imports first. */
    public Paged<RosterImportView> list(DataScope scope, Paging paging) {
        if (scope.isNothing()) {
            return Paged.of(List.of(), 0, paging);
        }
        return table.list(ScopeFilter.params(scope), paging);
    }

    /** An earlier import that committed the same file content for the term. */
    public Optional<Long> committedWithSameContent(Term term, String sha256, long exceptId) {
        return jdbc.sql("""
                        SELECT id FROM award_import
                         WHERE term = :term AND file_sha256 = :sha AND status = 'COMMITTED' AND same_as_import_id IS NULL
                           AND id <> :id
                         ORDER BY id LIMIT 1
                        """)
                .param("term", term.code())
                .param("sha", sha256)
                .param("id", exceptId)
                .query(Long.class)
                .optional();
    }

    public void fileRead(long id, String sha256, String format) {
        jdbc.sql(
                        "UPDATE award_import SET file_sha256 = :sha, file_format = :format, heartbeat_at = now() WHERE id = :id")
                .param("sha", sha256)
                .param("format", format)
                .param("id", id)
                .update();
    }

    /** The moment of the programme catalogue the rows are checked against, to show later what they met. */
    public void checkedAgainst(long id, java.time.Instant catalogueAsOf) {
        jdbc.sql("UPDATE award_import SET catalogue_as_of = :at WHERE id = :id")
                .param("at", Timestamp.from(catalogueAsOf))
                .param("id", id)
                .update();
    }

    /** Where the encrypted copy of the upload is kept, and its sealed key; nulls once it is removed. */
    public void storedFile(long id, String path, String sealedKey) {
        jdbc.sql("UPDATE award_import SET stored_file = :path, stored_file_key = :key WHERE id = :id")
                .param("path", path)
                .param("key", sealedKey)
                .param("id", id)
                .update();
    }

    public record StoredFile(String path, String sealedKey, String fileName) {}

    public Optional<StoredFile> storedFile(long id) {
        return jdbc.sql(
                        "SELECT stored_file, stored_file_key, file_name FROM award_import WHERE id = :id AND stored_file IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Progress of a running import: rows read and counts so far; also its heartbeat. */
    public void progress(long id, ImportCounts counts) {
        jdbc.sql("""
                        UPDATE award_import SET rows_read = :rows, error_rows = :errorRows, errors = :errors,
                               warnings = :warnings, problems_stored = :stored, heartbeat_at = now()
                         WHERE id = :id AND status = 'RUNNING'
                        """)
                .param("rows", counts.rowsRead())
                .param("errorRows", counts.errorRows())
                .param("errors", counts.errors())
                .param("warnings", counts.warnings())
                .param("stored", counts.problemsStored())
                .param("id", id)
                .update();
    }

    /** Ends a running import with its final counts. */
    public boolean finish(long id, ImportStatus status, ImportCounts counts, Long sameAsImportId) {
        return jdbc.sql("""
                        UPDATE award_import SET status = :status, finished_at = now(), heartbeat_at = now(),
                               rows_read = :rows, error_rows = :errorRows, errors = :errors, warnings = :warnings,
                               problems_stored = :stored, awards_created = :created, awards_updated = :updated,
                               awards_unchanged = :unchanged, students_registered = :registered,
                               students_matched = :matched, amount_total = :amount, same_as_import_id = :sameAs
                         WHERE id = :id AND status = 'RUNNING'
                        """)
                        .param("status", status.name())
                        .param("rows", counts.rowsRead())
                        .param("errorRows", counts.errorRows())
                        .param("errors", counts.errors())
                        .param("warnings", counts.warnings())
                        .param("stored", counts.problemsStored())
                        .param("created", counts.awardsCreated())
                        .param("updated", counts.awardsUpdated())
                        .param("unchanged", counts.awardsUnchanged())
                        .param("registered", counts.studentsRegistered())
                        .param("matched", counts.studentsMatched())
                        .param("amount", counts.amountTotal().yuan())
                        .param("sameAs", sameAsImportId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Ends a running import as REFUSED or FAILED with the reason shown to the uploader. */
    public void stop(long id, ImportStatus status, String code, String message, ImportCounts counts) {
        jdbc.sql("""
                        UPDATE award_import SET status = :status, finished_at = now(), heartbeat_at = now(),
                               refusal_code = :code, refusal_message = :message, rows_read = :rows, error_rows = :errorRows,
                               errors = :errors, warnings = :warnings, problems_stored = :stored,
                               awards_created = 0, awards_updated = 0, awards_unchanged = 0,
                               students_registered = 0, students_matched = 0, amount_total = 0
                         WHERE id = :id AND status = 'RUNNING'
                        """)
                .param("status", status.name())
                .param("code", code)
                .param("message", message)
                .param("rows", counts.rowsRead())
                .param("errorRows", counts.errorRows())
                .param("errors", counts.errors())
                .param("warnings", counts.warnings())
                .param("stored", counts.problemsStored())
                .param("id", id)
                .update();
    }

    private static RosterImportView view(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RosterImportView(
                rs.getLong("id"),
                Term.parse(rs.getString("term")),
                ImportMode.valueOf(rs.getString("mode")),
                rs.getBoolean("update_existing"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getInt("rows_read"),
                rs.getInt("error_rows"),
                rs.getInt("errors"),
                rs.getInt("warnings"),
                rs.getInt("problems_stored"),
                rs.getInt("awards_created"),
                rs.getInt("awards_updated"),
                rs.getInt("awards_unchanged"),
                rs.getInt("students_registered"),
                rs.getInt("students_matched"),
                new Money(rs.getBigDecimal("amount_total")),
                rs.getString("refusal_message"),
                (Long) rs.getObject("same_as_import_id"),
                (Long) rs.getObject("validated_import_id"),
                (Long) rs.getObject("committed_by"),
                rs.getString("stored_file") != null);
    }
}
