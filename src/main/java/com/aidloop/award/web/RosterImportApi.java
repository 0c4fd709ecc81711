package com.aidloop.award.web;

import com.aidloop.award.ImportingRoster;
import com.aidloop.award.RosterImportView;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.FileUploads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roster imports for integrations and scripts: the same checks, scope and records as the pages.
 * A file of at most 2 MB (about 10,000 rows) is processed within the request and answered 200
 * with the finished import; a larger one is answered 202 at once with status RUNNING and a
 * Location to poll.
 */
@RestController
@RequestMapping("/api/v1/roster-imports")
@PreAuthorize("hasAuthority('AWARD_IMPORT')")
@Tag(name = "资助名单导入", description = "上传资助名单（.xlsx、.xls、.csv），校验（不写入）或导入（全部成功或全部不导入），查询进度与错误")
class RosterImportApi {

    private final ImportingRoster importing;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    RosterImportApi(ImportingRoster importing, CurrentAccounts accounts, ChinaTime time) {
        this.importing = importing;
        this.accounts = accounts;
        this.time = time;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传并校验或导入资助名单",
            description = "multipart 字段：file（.xlsx、.xls 或 UTF-8/GBK 编码的 .csv，最大200MB、1,000,000行）、term（学期，如 2026-AUTUMN"
                    + " 或 2026年秋季学期）、mode（validate 校验：不写入任何数据，报告全部问题；commit 导入：无错误时写入全部行，有错误时不写入任何数据）、"
                    + "updateExisting（true 时更新同一学生同一项目同一学期已存在的资助记录，默认 false 拒绝）。"
                    + "不超过2MB的文件在本次请求内处理完毕，返回200及结果；更大的文件立即返回202、status=RUNNING 和 Location，"
                    + "请轮询 GET /api/v1/roster-imports/{id}。本学期已导入过内容完全相同的文件时，commit 不做任何修改，"
                    + "返回 COMMITTED 并在 sameAsImportId 中给出那次导入。errors 与 warnings 的每一项为 {row, column, code, message}，"
                    + "row 为表格中的行号（0 表示整个文件），message 为中文说明，不含完整证件号码或卡号；每类最多列出1000条，"
                    + "其余请分页查询 GET /api/v1/roster-imports/{id}/problems。")
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "不超过2MB的文件：导入已结束（VALIDATED、COMMITTED、REFUSED 或 FAILED）"),
        @ApiResponse(responseCode = "202", description = "更大的文件：已开始在后台处理（RUNNING），请轮询 Location"),
        @ApiResponse(responseCode = "400", description = "缺少或无法识别 file、term、mode"),
        @ApiResponse(responseCode = "403", description = "账号没有导入资助名单的权限")
    })
    ResponseEntity<ImportAnswer> upload(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "学期，如 2026-AUTUMN") @RequestParam String term,
            @Parameter(description = "validate 或 commit") @RequestParam(defaultValue = "validate") String mode,
            @Parameter(description = "是否更新已存在的资助记录") @RequestParam(defaultValue = "false") boolean updateExisting) {
        Term chosen = InvalidInput.field("term", () -> Term.parse(term));
        ImportMode importMode = InvalidInput.field("mode", () -> ImportMode.parse(mode));
        RosterImportView view =
                importing.submit(FileUploads.of(file), chosen, importMode, updateExisting, accounts.current(), true);
        return answer(view, accounts.current().scope());
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询导入的状态、进度和结果", description = "进行中时 rowsRead 为已处理的行数；数据范围外的导入返回404")
    ImportAnswer one(@PathVariable long id) {
        DataScope scope = accounts.current().scope();
        return withProblems(importing.get(id, scope), scope);
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "分页查询导入发现的问题", description = "按行号顺序；severity=error 只看错误，warning 只看警告；页码从1开始")
    Paged<ImportProblem> problems(
            @PathVariable long id,
            @Parameter(description = "error 或 warning，不填为全部") @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return importing.problems(
                id, accounts.current().scope(), ImportProblem.errorsOnly(severity), Paging.of(page, size));
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "确认导入校验通过的文件", description = "用校验时保存的文件在后台导入，立即返回202；只有无错误、尚未导入的校验结果可以确认导入，否则返回409")
    ResponseEntity<ImportAnswer> commit(@PathVariable long id) {
        RosterImportView view = importing.commitValidated(id, accounts.current());
        return answer(view, accounts.current().scope());
    }

    @GetMapping("/template")
    @Operation(summary = "下载资助名单导入模板（.xlsx）", description = "含下拉选项和填写说明；term 不填为当前学期")
    void template(@RequestParam(required = false) String term, HttpServletResponse response) throws IOException {
        Term chosen = term == null || term.isBlank()
                ? time.currentTerm()
                : InvalidInput.field("term", () -> Term.parse(term));
        Downloads.xlsx(response, "资助名单导入模板（" + chosen.label() + "）.xlsx");
        importing.writeTemplate(chosen, accounts.current().scope(), response.getOutputStream());
    }

    @GetMapping("/{id}/errors.xlsx")
    @Operation(summary = "下载错误数据（.xlsx）", description = "有问题的上传行（原样）及原行号和错误原因列，可修改后重新上传")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        RosterImportView view = importing.get(id, accounts.current().scope());
        ImportAnswers.errorWorkbook(response, view);
        importing.writeErrorWorkbook(id, accounts.current().scope(), response.getOutputStream());
    }

    private ResponseEntity<ImportAnswer> answer(RosterImportView view, DataScope scope) {
        ImportAnswer body = withProblems(view, scope);
        if (view.status().finished()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/roster-imports/" + view.id()))
                .body(body);
    }

    private ImportAnswer withProblems(RosterImportView view, DataScope scope) {
        List<ImportProblem> errors = importing.firstProblems(view.id(), scope, true, ImportAnswers.LISTED);
        List<ImportProblem> warnings = importing.firstProblems(view.id(), scope, false, ImportAnswers.LISTED);
        return ImportAnswer.of(view, errors, warnings);
    }
}
