package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.registry.StudentView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Students for integrations: the same scope, masking, validation and audit as the pages. Lists
 * and single students are masked; full values only through {@code /sensitive}, audited.
 */
@RestController
@RequestMapping("/api/v1/students")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
@Tag(name = "学生信息", description = "学生、家庭成员与资助卡（列表与详情均脱敏，完整信息查看留痕）")
class StudentApi {

    private final RegistryManagement registry;
    private final CurrentAccounts accounts;

    StudentApi(RegistryManagement registry, CurrentAccounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "分页查询学生", description = "按姓名、证件号码（完整号码精确匹配，或前6位/后4位）、学校、户籍乡镇和村查询本人数据范围内的学生；页码从1开始；证件号码为脱敏值")
    Paged<StudentRow> list(
            @Parameter(description = "姓名（包含）或证件号码") @RequestParam(required = false) String q,
            @Parameter(description = "证件号码或其前6位/后4位") @RequestParam(required = false) String idNumber,
            @Parameter(description = "学校ID") @RequestParam(required = false) Long schoolId,
            @Parameter(description = "户籍乡镇代码") @RequestParam(required = false) String township,
            @Parameter(description = "户籍村代码") @RequestParam(required = false) String village,
            @Parameter(description = "区划代码：学校或户籍在该区划内") @RequestParam(required = false) String region,
            @Parameter(description = "页码，从1开始") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数：10、20、50或100") @RequestParam(required = false) Integer size) {
        StudentSearch search = new StudentSearch(q, idNumber, schoolId, township, village, region);
        return registry.search(search, accounts.current().scope(), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询学生详情（脱敏）", description = "数据范围外的学生返回404")
    StudentView one(@PathVariable long id) {
        return registry.find(id, accounts.current().scope()).orElseThrow(() -> new StudentNotFound(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    @Operation(summary = "登记学生", description = "校验失败返回400及逐项中文提示；证件号码已登记时拒绝")
    ResponseEntity<StudentView> register(@RequestBody StudentRequest request) {
        StudentView student =
                registry.register(request.toInput(), accounts.current().scope());
        return ResponseEntity.created(URI.create("/api/v1/students/" + student.id()))
                .body(student);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    @Operation(
            summary = "修改学生信息",
            description = "须提供上次读取的version；期间已被他人修改时返回409。修改资助卡（开户银行或卡号）不立即生效："
                    + "作为待审核的资助卡变更（pendingCardChange）由申请人以外的县级资助中心工作人员审核，生效前 aidCard 仍为原卡")
    StudentView revise(@PathVariable long id, @RequestBody StudentRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "student.version.required");
        }
        return registry.revise(
                id, request.version(), request.toInput(), accounts.current().scope());
    }

    @GetMapping("/{id}/sensitive")
    @PreAuthorize("hasAuthority('STUDENT_REVEAL')")
    @Operation(summary = "查看学生完整信息", description = "返回证件号码、卡号、手机号码、收入和健康状况的完整值；每次查看记入审计日志")
    RevealedStudent sensitive(@PathVariable long id) {
        return registry.reveal(id, accounts.current().scope());
    }
}
