package com.aidloop.comparison.web;

import com.aidloop.comparison.DepartmentListView;
import com.aidloop.comparison.HeldMatch;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.Matching;
import com.aidloop.comparison.MatchingRun;
import com.aidloop.comparison.RegisterLine;
import com.aidloop.comparison.SpecialDifficultyRegistry;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.FileUploads;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Department lists, matching runs and the special-difficulty register for integrations, under the rights of the pages. */
@RestController
@RequestMapping("/api/v1/comparison")
@Tag(name = "部门数据比对", description = "部门名单导入（列对应、数据截止日期）、按盲索引比对、特殊困难学生数据库、待确认的姓名不一致")
class ComparisonApi {

    private static final String REGION_STAFF = "hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')";

    private final ImportingDepartmentLists importing;
    private final SpecialDifficultyRegistry registry;
    private final Matching matching;
    private final CurrentAccounts accounts;

    ComparisonApi(
            ImportingDepartmentLists importing,
            SpecialDifficultyRegistry registry,
            Matching matching,
            CurrentAccounts accounts) {
        this.importing = importing;
        this.registry = registry;
        this.matching = matching;
        this.accounts = accounts;
    }

    /** A list type as integrations see it. */
    record ListTypeView(
            String code, String name, String kind, String department, int transitionMonths, List<String> attributes) {
        static ListTypeView of(ListType t) {
            return new ListTypeView(
                    t.code(),
                    t.name(),
                    t.kind().name(),
                    t.department(),
                    t.transitionMonths(),
                    t.attributes().stream().map(a -> a.label()).toList());
        }
    }

    record Decision(long id, String review) {}

    @GetMapping("/list-types")
    @Operation(summary = "名单类型（可配置）：救助类与核查类，各自的属性列与过渡期")
    List<ListTypeView> types() {
        return importing.types().stream().map(ListTypeView::of).toList();
    }

    @GetMapping("/lists")
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "本辖区导入的部门名单，最新在前")
    Paged<DepartmentListView> lists(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return importing.lists(accounts.current(), Paging.of(page, size));
    }

    @PostMapping(path = "/lists", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(REGION_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "导入部门名单",
            description = "表单字段：file、type（名单类型代码）、department、asOf（数据截止日期 yyyy-MM-dd）；"
                    + "列对应（留空用已保存的或常用列名）：idColumn、nameColumn、regionColumn、categoryColumn、"
                    + "memberIdColumns、memberNameColumns（逗号分隔）、attributeColumns（每行“属性名=列名”）。"
                    + "同类型同截止日期替换原名单，更早的截止日期不能替换较新的名单；导入后立即比对")
    ListImportResult upload(@RequestPart MultipartFile file, @ModelAttribute ListForm form) {
        if (FileUploads.nothingChosen(file)) {
            throw new com.aidloop.comparison.ListRefused(
                    com.aidloop.shared.Refusal.Kind.INVALID, "comparison.list.fileRequired");
        }
        return importing.submit(FileUploads.of(file), form.upload(importing.types()), accounts.current());
    }

    @GetMapping("/lists/{id}")
    @PreAuthorize(REGION_STAFF)
    DepartmentListView list(@PathVariable long id) {
        return importing.list(id, accounts.current());
    }

    @GetMapping("/lists/{id}/problems")
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "名单中被跳过的行：行号、列名、原因")
    Paged<ImportProblem> problems(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return importing.problems(id, accounts.current(), Paging.of(page, size));
    }

    @PostMapping("/matching-runs")
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "立即重新比对全部现行名单（每月自动比对一次，导入名单后也自动比对）")
    MatchingRun run() {
        return matching.run("MANUAL");
    }

    @GetMapping("/register")
    @PreAuthorize("hasAuthority('STUDENT_VIEW')")
    @Operation(summary = "特殊困难学生数据库（脱敏）：可按学校、乡镇（区划代码）、状态（IN_REGISTER/TRANSITION/EXITED）筛选")
    List<RegisterLine> register(
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            @RequestParam(required = false) String status) {
        return registry.lines(accounts.current(), school, RegisterPages.blank(township), RegisterPages.status(status));
    }

    @GetMapping("/held")
    @PreAuthorize("hasAuthority('STUDENT_VIEW')")
    @Operation(summary = "姓名不一致、待人工确认的比对结果")
    List<HeldMatch> held() {
        return registry.held(accounts.current());
    }

    @PostMapping("/held/{id}/{decision:confirm|reject}")
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "确认（同一人，计入数据库）或排除（不是同一人）一条待确认的比对结果")
    Decision decide(@PathVariable long id, @PathVariable String decision) {
        boolean same = "confirm".equals(decision);
        registry.decide(id, same, accounts.current());
        return new Decision(id, Messages.format("comparison.match.review." + (same ? "CONFIRMED" : "REJECTED")));
    }
}
