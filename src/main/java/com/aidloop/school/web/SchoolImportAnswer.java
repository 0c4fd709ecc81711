package com.aidloop.school.web;

import com.aidloop.platform.ImportAnswers;
import com.aidloop.school.SchoolImportView;
import com.aidloop.shared.ImportProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The API's view of a school import: status, counts, and its first errors and warnings. */
@Schema(description = "学校批量导入：状态、计数，以及前若干条错误和警告（每类最多1000条，其余分页查询 /problems）")
record SchoolImportAnswer(
        @Schema(description = "导入编号") long id,

        @Schema(description = "VALIDATED 已校验、COMMITTED 已导入、REFUSED 未导入")
        String status,

        @Schema(description = "VALIDATE 或 COMMIT") String mode,
        String fileName,
        long fileBytes,
        String uploadedBy,
        Instant createdAt,
        @Schema(description = "数据行数") int rowsRead,
        @Schema(description = "有错误的行数") int errorRows,
        int errorCount,
        int warningCount,
        @Schema(description = "新增（校验时为将新增）的学校数") int schoolsCreated,
        @Schema(description = "修改（校验时为将修改）的学校数") int schoolsUpdated,
        @Schema(description = "与已登记信息完全相同的学校数") int schoolsUnchanged,
        @Schema(description = "导入成功但没有任何学校需要修改（重复上传同一文件）") boolean nothingChanged,
        @Schema(description = "文件被拒绝或未导入的原因") String message,
        @Schema(description = "本次确认导入的校验编号") Long validatedImportId,
        @Schema(description = "是否可以确认导入（POST /{id}/commit）") boolean canCommit,
        List<Problem> errors,
        List<Problem> warnings) {

    /** One problem: row as the spreadsheet shows it (0 for the whole file), column header, code and Chinese message. */
    record Problem(int row, String column, String code, String message) {

        static Problem of(ImportProblem p) {
            return new Problem(p.row(), p.column(), p.code(), p.message());
        }
    }

    static SchoolImportAnswer of(SchoolImportView v, List<ImportProblem> problems) {
        List<Problem> errors = problems.stream()
                .filter(ImportProblem::error)
                .limit(ImportAnswers.LISTED)
                .map(Problem::of)
                .toList();
        List<Problem> warnings = problems.stream()
                .filter(p -> !p.error())
                .limit(ImportAnswers.LISTED)
                .map(Problem::of)
                .toList();
        return new SchoolImportAnswer(
                v.id(),
                v.status().name(),
                v.mode().name(),
                v.fileName(),
                v.fileBytes(),
                v.uploadedBy(),
                v.createdAt(),
                v.rowsRead(),
                v.errorRows(),
                v.errors(),
                v.warnings(),
                v.schoolsCreated(),
                v.schoolsUpdated(),
                v.schoolsUnchanged(),
                v.nothingChanged(),
                v.refusalMessage(),
                v.validatedImportId(),
                v.canCommit(),
                errors,
                warnings);
    }
}
