package com.aidloop.award.web;

import com.aidloop.award.RosterImportView;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The API's view of an import: status and progress, counts, and its first errors and warnings. */
@Schema(description = "资助名单导入：状态、进度、计数，以及前若干条错误和警告（每类最多1000条，其余分页查询 /problems）")
record ImportAnswer(
        @Schema(description = "导入编号") long id,

        @Schema(description = "RUNNING 进行中、VALIDATED 已校验、COMMITTED 已导入、REFUSED 未导入、FAILED 失败")
        String status,

        @Schema(description = "VALIDATE 或 COMMIT") String mode,
        @Schema(description = "学期代码，如 2026-AUTUMN") String term,
        boolean updateExisting,
        String fileName,
        long fileBytes,
        String uploadedBy,
        Instant createdAt,
        Instant finishedAt,
        @Schema(description = "已读取的数据行数（进行中时即进度）") int rowsRead,
        @Schema(description = "无错误的行数") int validRows,
        @Schema(description = "有错误的行数") int errorRows,
        int errorCount,
        int warningCount,
        int awardsCreated,
        int awardsUpdated,
        int awardsUnchanged,
        int studentsRegistered,
        int studentsMatched,
        @Schema(description = "无错误行的资助金额合计（元）") Money amountTotal,
        @Schema(description = "文件被拒绝或导入失败的原因") String message,

        @Schema(description = "本学期已导入过相同内容的文件时，那次导入的编号；本次未做任何修改")
        Long sameAsImportId,

        Long validatedImportId,
        @Schema(description = "是否可以确认导入（POST /{id}/commit）") boolean canCommit,
        List<Problem> errors,
        List<Problem> warnings,
        @Schema(description = "errors 或 warnings 是否只列出了一部分") boolean problemsTruncated) {

    /** One problem: row as the spreadsheet shows it (0 for the whole file), column header, code and Chinese message. */
    record Problem(int row, String column, String code, String message) {

        static Problem of(ImportProblem p) {
            return new Problem(p.row(), p.column(), p.code(), p.message());
        }
    }

    static ImportAnswer of(RosterImportView v, List<ImportProblem> errors, List<ImportProblem> warnings) {
        boolean truncated = errors.size() < v.errors() || warnings.size() < v.warnings();
        return new ImportAnswer(
                v.id(),
                v.status().name(),
                v.mode().name(),
                v.term().code(),
                v.updateExisting(),
                v.fileName(),
                v.fileBytes(),
                v.uploadedBy(),
                v.createdAt(),
                v.finishedAt(),
                v.rowsRead(),
                v.validRows(),
                v.errorRows(),
                v.errors(),
                v.warnings(),
                v.awardsCreated(),
                v.awardsUpdated(),
                v.awardsUnchanged(),
                v.studentsRegistered(),
                v.studentsMatched(),
                v.amountTotal(),
                v.refusalMessage(),
                v.sameAsImportId(),
                v.validatedImportId(),
                v.canCommit(),
                errors.stream().map(Problem::of).toList(),
                warnings.stream().map(Problem::of).toList(),
                truncated);
    }
}
