package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.CatalogueChangeView;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.programme.StandardInput;
import com.aidloop.programme.web.CatalogueChangeJson.ChangeBody;
import com.aidloop.programme.web.ProgrammeJson.CatalogueBody;
import com.aidloop.programme.web.ProgrammeJson.CheckBody;
import com.aidloop.programme.web.ProgrammeJson.DetailBody;
import com.aidloop.programme.web.ProgrammeJson.StandardRequest;
import com.aidloop.programme.web.ProgrammeJson.StandardsBody;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue for integrations and scripts: readable by every business role (the national
 * programmes, the account's province's and county's), changed with PROGRAMME_EDIT by the level
 * that keeps the programme. A new standard is a proposal (202) until a second person approves it.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','PROGRAMME_EDIT')")
@Tag(name = "资助项目", description = "资助项目、档次与标准（按学期生效，可按录入时间重现历史目录）")
class ProgrammeApi {

    private final ProgrammeCatalogue catalogue;
    private final CatalogueChanges changes;
    private final CurrentAccounts accounts;

    ProgrammeApi(ProgrammeCatalogue catalogue, CatalogueChanges changes, CurrentAccounts accounts) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(
            summary = "查询某学期的资助项目及标准",
            description = "列出目录中的项目及其在该学期执行的档次和金额（元/学期）；不指定学期时为本学期；" + "指定recordedAt时按当时的目录重现（日期表示当日结束时）")
    CatalogueBody list(
            @Parameter(description = "学期，如 2026-AUTUMN 或 2026年秋季学期") @RequestParam(required = false) String term,
            @Parameter(description = "学段，如 SENIOR_HIGH 或 普通高中") @RequestParam(required = false) String stage,
            @Parameter(description = "按该时刻的目录重现，如 2026-03-01 或 2026-03-01T08:00:00Z") @RequestParam(required = false)
                    String recordedAt) {
        Catalogue snapshot = snapshot(term, recordedAt);
        Stage wanted = blank(stage) ? null : Stage.parse(stage);
        return CatalogueBody.of(snapshot, wanted == null ? snapshot.programmes() : snapshot.forStage(wanted));
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询一个资助项目及其全部标准历史", description = "含已被更正的记录；项目不存在时返回404")
    DetailBody one(@PathVariable String code) {
        return catalogue.detail(code, scope()).map(DetailBody::of).orElseThrow(() -> new ProgrammeNotFound(code));
    }

    @GetMapping("/{code}/standards")
    @Operation(summary = "查询项目在某学期执行的标准", description = "可按recordedAt重现当时目录中的标准；当时目录中尚无该项目时返回404")
    StandardsBody standards(
            @PathVariable String code,
            @Parameter(description = "学期，如 2026-AUTUMN；不指定时为本学期") @RequestParam(required = false) String term,
            @Parameter(description = "按该时刻的目录重现，如 2026-03-01") @RequestParam(required = false) String recordedAt) {
        catalogue.detail(code, scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        Catalogue snapshot = snapshot(term, recordedAt);
        return StandardsBody.of(snapshot, snapshot.programme(code).orElseThrow(() -> new ProgrammeNotFound(code)));
    }

    @GetMapping("/check")
    @Operation(summary = "按目录校验一行资助数据", description = "校验项目名称、学段、学期、档次和金额；不通过时给出规则和中文提示")
    CheckBody check(
            @Parameter(description = "资助项目，按名册填写，如 普高国家助学金") @RequestParam String programme,
            @Parameter(description = "档次，如 一档、标准") @RequestParam(required = false) String tier,
            @Parameter(description = "金额（元），可不填") @RequestParam(required = false) String amount,
            @Parameter(description = "学生学段，如 SENIOR_HIGH") @RequestParam String stage,
            @Parameter(description = "学期，如 2026-AUTUMN；不指定时为本学期") @RequestParam(required = false) String term) {
        Money money = blank(amount) ? null : Money.yuan(amount);
        return CheckBody.of(snapshot(term, null).check(programme, tier, money, Stage.parse(stage)));
    }

    @PostMapping("/{code}/standards")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @Operation(
            summary = "提交新增资助标准",
            description = "提交后为待审核（202），须由提交人以外、有同等权限的人员通过 "
                    + "POST /api/v1/programme-changes/{id}/approval 审核通过后才生效；自执行起始学期起生效，不改写历史；"
                    + "同一档次同一学期再次录入为更正；须提供上次读取的version，期间已被他人修改时返回409；"
                    + "全国和省级项目由省级资助中心维护，县级项目由本县维护，否则返回403")
    ResponseEntity<ChangeBody> recordStandard(@PathVariable String code, @RequestBody StandardRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "programme.version.required");
        }
        StandardInput input = new StandardInput(
                request.tier(),
                request.tierLabel(),
                request.validFrom(),
                request.amount(),
                request.minimum(),
                request.maximum(),
                Boolean.TRUE.equals(request.withdraw()),
                request.note(),
                request.source());
        CatalogueChangeView proposed = changes.proposeStandard(code, request.version(), input, accounts.current());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/programme-changes/" + proposed.id()))
                .body(ChangeBody.of(proposed));
    }

    private Catalogue snapshot(String term, String recordedAt) {
        Term wanted = blank(term) ? catalogue.currentTerm() : Term.parse(term);
        Instant moment = Moments.parse(recordedAt, catalogue.zone());
        return moment == null ? catalogue.asOf(wanted, scope()) : catalogue.asOf(wanted, moment, scope());
    }

    private DataScope scope() {
        return accounts.current().scope();
    }

    private static boolean blank(String s) {
        return Text.compact(s).isEmpty();
    }
}
