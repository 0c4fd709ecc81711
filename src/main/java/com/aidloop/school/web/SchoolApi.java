package com.aidloop.school.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.school.SchoolSearch;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schools for integrations, filtered by the caller's data scope like the pages. */
@RestController
@RequestMapping("/api/v1/schools")
@PreAuthorize("hasAuthority('SCHOOL_VIEW')")
@Tag(name = "学校", description = "学校信息查询（按数据范围过滤）")
class SchoolApi {

    private final SchoolManagement schools;
    private final CurrentAccounts accounts;

    SchoolApi(SchoolManagement schools, CurrentAccounts accounts) {
        this.schools = schools;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "分页查询学校", description = "按名称、学校标识码、区划和学段查询本人数据范围内的学校；页码从1开始")
    Paged<SchoolView> list(
            @Parameter(description = "学校名称的一部分，或学校标识码的开头") @RequestParam(required = false) String q,
            @Parameter(description = "乡镇或更上级区划代码") @RequestParam(required = false) String region,
            @Parameter(description = "学段，如 PRIMARY 或 小学") @RequestParam(required = false) String stage,
            @Parameter(description = "页码，从1开始") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数：10、20、50或100") @RequestParam(required = false) Integer size) {
        Stage wanted;
        try {
            wanted = stage == null || stage.isBlank() ? null : Stage.parse(stage);
        } catch (InvalidValue unknown) {
            wanted = null;
        }
        return schools.search(
                new SchoolSearch(q, region, wanted), accounts.current().scope(), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一所学校", description = "数据范围外的学校返回404；联系电话只给出掩码（contactPhoneMasked）")
    SchoolView one(@PathVariable long id) {
        return schools.find(id, accounts.current().scope()).orElseThrow(() -> new SchoolNotFound(id));
    }

    /** The whole contact phone, as the detail page's 查看完整号码. */
    record RevealedPhone(String contactPhone) {}

    @PostMapping("/{id}/contact-phone")
    @Operation(summary = "查看学校的完整联系电话", description = "记入审计日志（REVEAL）；未登记联系电话时 contactPhone 为 null；数据范围外的学校返回404")
    RevealedPhone contactPhone(@PathVariable long id) {
        return new RevealedPhone(
                schools.revealContactPhone(id, accounts.current().scope()).orElse(null));
    }
}
