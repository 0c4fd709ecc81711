package com.aidloop.school.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.FileUploads;
import com.aidloop.platform.ImportAnswers;
import com.aidloop.school.ImportingSchools;
import com.aidloop.school.SchoolImportView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
 * School imports for integrations and scripts, with the checks, scope and records of the pages.
 * A file without errors is answered 200 with the import; a file with errors, or one the reader
 * refuses, is answered 422 with problem details whose {@code errors} name each row and column.
 */
@RestController
@RequestMapping("/api/v1/school-imports")
@PreAuthorize("hasAuthority('SCHOOL_EDIT')")
@Tag(name = "学校批量导入", description = "上传学校信息表（.xlsx、.xls、.csv），校验（不写入）或导入（全部成功或全部不导入）")
class SchoolImportApi {

    private final ImportingSchools importing;
    private final CurrentAccounts accounts;

    SchoolImportApi(ImportingSchools importing, CurrentAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传并校验或导入学校信息",
            description = "multipart 字段：file（.xlsx、.xls 或 UTF-8/GBK 编码的 .csv，最大10MB、10000行；列：学校标识码、学校名称、学段、"
                    + "办学性质、所在乡镇、地址、联系人、联系电话）、mode（validate 校验：不写入；commit 导入：无错误时在一个事务中写入全部学校，"
                    + "有错误时不写入任何数据）。学校标识码已登记的学校按表中内容更新（修改记入审计日志），未登记的新增；地址、联系人、联系电话留空表示保留已登记的内容。"
                    + "无错误时返回200；有错误或文件被拒绝（恶意构造、损坏、超过限制、缺少必填列）时返回422 problem+json，"
                    + "errors 的每一项为 {row, column, field, code, message}，row 为表格中的行号（0 表示整个文件）。")
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "无错误：已校验（VALIDATED）或已导入（COMMITTED）"),
        @ApiResponse(responseCode = "422", description = "有错误或文件被拒绝，未写入任何数据；errors 按行列列出问题"),
        @ApiResponse(responseCode = "400", description = "缺少 file 或 mode 无法识别"),
        @ApiResponse(responseCode = "403", description = "账号没有维护学校信息的权限")
    })
    ResponseEntity<?> upload(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "validate 或 commit") @RequestParam(defaultValue = "validate") String mode) {
        ImportMode chosen = InvalidInput.field("mode", () -> ImportMode.parse(mode));
        SchoolImportView view = importing.submit(FileUploads.of(file), chosen, accounts.current());
        return answer(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一次导入的结果", description = "数据范围外的导入返回404")
    SchoolImportAnswer one(@PathVariable long id) {
        DataScope scope = accounts.current().scope();
        return SchoolImportAnswer.of(importing.get(id, scope), importing.allProblems(id, scope));
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "分页查询导入发现的问题", description = "按行号顺序；severity=error 只看错误，warning 只看提示；页码从1开始")
    Paged<ImportProblem> problems(
            @PathVariable long id,
            @Parameter(description = "error 或 warning，不填为全部") @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return importing.problems(
                id, accounts.current().scope(), ImportProblem.errorsOnly(severity), Paging.of(page, size));
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "确认导入校验通过的文件", description = "用校验时保存的数据导入（再次按当前学校信息检查）；不能确认导入时返回409，发现错误时返回422")
    ResponseEntity<?> commit(@PathVariable long id) {
        return answer(importing.commitValidated(id, accounts.current()));
    }

    @GetMapping("/template")
    @Operation(summary = "下载学校信息导入模板（.xlsx）", description = "含表头、填写示例、办学性质和本辖区乡镇的下拉选项，以及填写说明")
    void template(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "学校信息导入模板.xlsx");
        importing.writeTemplate(accounts.current().scope(), response.getOutputStream());
    }

    private ResponseEntity<?> answer(SchoolImportView view) {
        List<ImportProblem> problems =
                importing.allProblems(view.id(), accounts.current().scope());
        return ImportAnswers.okOrUnprocessable(
                view, SchoolImportAnswer.of(view, problems), "school.import.hasErrors", problems);
    }
}
