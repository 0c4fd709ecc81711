package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.FileUploads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.registry.ImportingStudents;
import com.aidloop.registry.StudentImportNotFound;
import com.aidloop.registry.StudentImportView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * Student-registration imports for integrations and scripts, with the checks, scope and records of
 * the pages. A file without errors is answered 200 with the import; a file with errors, or one the
 * reader refuses, 422 with problem details whose {@code errors} name each row and column.
 */
@RestController
@RequestMapping("/api/v1/student-imports")
@PreAuthorize("hasAuthority('STUDENT_EDIT')")
@Tag(name = "学籍导入", description = "上传全国中小学生学籍信息管理系统导出的学生信息，校验（不写入）或导入（全部成功或全部不导入）")
class StudentImportApi {

    private final ImportingStudents importing;
    private final CurrentAccounts accounts;

    StudentImportApi(ImportingStudents importing, CurrentAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传并校验或导入学籍名单",
            description = "multipart 字段：file（学籍系统导出的 .xlsx、.xls 或 .csv，表头可不在第一行）、mode（validate 或 commit）。"
                    + "按身份证件号匹配：已登记的学生按表中内容更新（就读学校变化记为转学），未登记的新增并登记成员1、成员2；"
                    + "无错误时返回200；有错误或文件被拒绝时返回422 problem+json，errors 的每一项为 {row, column, code, message}。")
    ResponseEntity<?> upload(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "validate 或 commit") @RequestParam(defaultValue = "validate") String mode) {
        ImportMode chosen = InvalidInput.field("mode", () -> ImportMode.parse(mode));
        StudentImportView view = importing.submit(FileUploads.of(file), chosen, accounts.current());
        return ImportAnswers.okOrUnprocessable(
                view,
                view,
                "registry.import.hasErrors",
                importing.firstProblems(view.id(), accounts.current().scope(), true, ImportAnswers.LISTED));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一次学籍导入的结果", description = "数据范围外的导入返回404")
    StudentImportView one(@PathVariable long id) {
        return importing.get(id, accounts.current().scope());
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "分页查询学籍导入发现的问题", description = "按行号顺序；severity=error 只看错误，warning 只看提示（含不在名单中的已登记学生）")
    Paged<ImportProblem> problems(
            @PathVariable long id,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return importing.problems(
                id, accounts.current().scope(), ImportProblem.errorsOnly(severity), Paging.of(page, size));
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "确认导入校验通过的学籍名单", description = "用校验时保存（加密）的数据导入，再次按当前学籍信息检查；不能确认导入时返回409，发现错误时返回422")
    ResponseEntity<?> commit(@PathVariable long id) {
        StudentImportView view = importing.commitValidated(id, accounts.current());
        return ImportAnswers.okOrUnprocessable(
                view,
                view,
                "registry.import.hasErrors",
                importing.firstProblems(view.id(), accounts.current().scope(), true, ImportAnswers.LISTED));
    }

    @GetMapping("/{id}/errors.xlsx")
    @Operation(summary = "下载错误数据（.xlsx）", description = "有问题的上传行（原样）及原行号和错误原因列，可修改后重新上传；没有可下载的错误数据时返回404")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        StudentImportView view = importing.get(id, accounts.current().scope());
        if (!view.hasErrorWorkbook()) {
            throw new StudentImportNotFound(id);
        }
        ImportAnswers.errorWorkbook(response, view);
        importing.writeErrorWorkbook(id, accounts.current().scope(), response.getOutputStream());
    }
}
