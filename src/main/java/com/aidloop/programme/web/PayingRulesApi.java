package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.ExclusiveProgrammes;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeChannel;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.programme.QuotaImport;
import com.aidloop.programme.SchoolQuota;
import com.aidloop.programme.web.CatalogueChangeJson.ChangeBody;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The paying rules for integrations and scripts: readable by every business role inside its
 * scope, changed with PROGRAMME_EDIT by the level that keeps the programme or group. A new
 * exclusion group and the removal of one are proposals (202) until a second person approves them.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','PROGRAMME_EDIT')")
@Tag(name = "发放规则", description = "资金分担、发放方式（按学期生效）、同一学年互斥项目、学校名额和预算；只追加不改写，可重现历史")
class PayingRulesApi {

    private final PayingRules rules;
    private final PayingRulesManagement management;
    private final ProgrammeCatalogue catalogue;
    private final SchoolManagement schools;
    private final CurrentAccounts accounts;
    private final QuotaImport quotaImport;
    private final CatalogueChanges changes;

    PayingRulesApi(
            PayingRules rules,
            PayingRulesManagement management,
            ProgrammeCatalogue catalogue,
            SchoolManagement schools,
            CurrentAccounts accounts,
            QuotaImport quotaImport,
            CatalogueChanges changes) {
        this.quotaImport = quotaImport;
        this.changes = changes;
        this.rules = rules;
        this.management = management;
        this.catalogue = catalogue;
        this.schools = schools;
        this.accounts = accounts;
    }

    record SharesBody(
            String validFrom,
            BigDecimal central,
            BigDecimal provincial,
            BigDecimal city,
            BigDecimal county,
            BigDecimal school,
            BigDecimal social,
            String note,
            String source) {

        static SharesBody of(FundingShares s) {
            return s == null
                    ? null
                    : new SharesBody(
                            s.validFrom().code(),
                            s.central(),
                            s.provincial(),
                            s.city(),
                            s.county(),
                            s.school(),
                            s.social(),
                            s.note(),
                            s.source());
        }
    }

    record ScheduleBody(String validFrom, String mode, String modeName, Integer months, String note) {

        static ScheduleBody of(PayoutSchedule s) {
            return new ScheduleBody(
                    s.validFrom().code(), s.mode().name(), s.mode().label(), s.months(), s.note());
        }
    }

    record ChannelBody(String validFrom, String channel, String channelName, String note, String source) {

        static ChannelBody of(ProgrammeChannel c) {
            return new ChannelBody(
                    c.validFrom().code(), c.channel().name(), c.channel().label(), c.note(), c.source());
        }
    }

    record RulesBody(
            String code,
            String term,
            SharesBody shares,
            ScheduleBody schedule,
            ChannelBody channel,
            Set<String> exclusiveWith,
            List<SharesBody> shareHistory,
            List<ScheduleBody> scheduleHistory,
            List<ChannelBody> channelHistory) {}

    record ChannelRequest(String validFrom, String channel, String note, String source) {}

    record SharesRequest(
            String validFrom,
            String central,
            String provincial,
            String city,
            String county,
            String school,
            String social,
            String note,
            String source) {}

    record ScheduleRequest(String validFrom, String mode, String months, String note, String source) {}

    /** @param owner blank for the account's own province or county, NATIONAL (province staff) for the whole country */
    record ExclusionRequest(String name, List<String> programmes, String note, String source, String owner) {}

    /** @param owner the province or county code the group binds in, or null for the whole country */
    record ExclusionBody(
            long id,
            String owner,
            String name,
            List<String> programmeCodes,
            String note,
            String source,
            String recordedAt,
            String recordedBy,
            String approvedBy) {

        static ExclusionBody of(ExclusiveProgrammes g) {
            return new ExclusionBody(
                    g.id(),
                    g.owner().regionCode(),
                    g.name(),
                    g.programmeCodes(),
                    g.note(),
                    g.source(),
                    g.recordedAt().toString(),
                    g.recordedBy(),
                    g.approvedBy());
        }
    }

    record QuotaRequest(Long schoolId, String programmeCode, String term, String quota, String budget) {}

    record QuotaBody(long schoolId, String programmeCode, String term, Integer quota, Money budget) {

        static QuotaBody of(SchoolQuota q) {
            return new QuotaBody(q.schoolId(), q.programmeCode(), q.term().code(), q.quota(), q.budget());
        }
    }

    @GetMapping("/programmes/{code}/paying-rules")
    @Operation(summary = "查询项目的发放规则", description = "该学期执行的资金分担和发放方式、互斥项目，以及全部生效记录")
    RulesBody payingRules(
            @PathVariable String code,
            @Parameter(description = "学期，如 2026-AUTUMN；不填为本学期") @RequestParam(required = false) String term) {
        var scope = accounts.current().scope();
        catalogue.detail(code, scope).orElseThrow(() -> new ProgrammeNotFound(code));
        Term wanted = Text.compact(term).isEmpty() ? catalogue.currentTerm() : Term.parse(term);
        return new RulesBody(
                code,
                wanted.code(),
                SharesBody.of(rules.sharesFor(code, wanted).orElse(null)),
                ScheduleBody.of(rules.scheduleFor(code, wanted)),
                ChannelBody.of(rules.channelFor(code, wanted)),
                rules.exclusiveWith(code, scope),
                rules.shareHistory(code).stream().map(SharesBody::of).toList(),
                rules.scheduleHistory(code).stream().map(ScheduleBody::of).toList(),
                rules.channelHistory(code).stream().map(ChannelBody::of).toList());
    }

    @PostMapping("/programmes/{code}/funding-shares")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "设置资金分担",
            description = "自 validFrom 学期起生效；central、provincial、city、county、school、social 为百分比，合计须为100；"
                    + "同一学期再次设置为更正，原记录保留")
    SharesBody recordShares(@PathVariable String code, @RequestBody SharesRequest r) {
        Map<String, String> shares = new LinkedHashMap<>();
        shares.put("central", r.central());
        shares.put("provincial", r.provincial());
        shares.put("city", r.city());
        shares.put("county", r.county());
        shares.put("school", r.school());
        shares.put("social", r.social());
        return SharesBody.of(
                management.recordShares(code, r.validFrom(), shares, r.note(), r.source(), accounts.current()));
    }

    @PostMapping("/programmes/{code}/payout-schedules")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设置发放方式", description = "mode：ONCE_PER_TERM（每学期一次）或 MONTHLY（按月，months 为每学期月数1–6）")
    ScheduleBody recordSchedule(@PathVariable String code, @RequestBody ScheduleRequest r) {
        return ScheduleBody.of(management.recordSchedule(
                code, r.validFrom(), r.mode(), r.months(), r.note(), r.source(), accounts.current()));
    }

    @PostMapping("/programmes/{code}/payment-channels")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "设置发放渠道",
            description = "channel：CARD（资助卡发放）、SCHOOL（拨付学校，学校免收费用）或 IN_KIND（实物/膳食）；" + "自 validFrom 学期起生效，同一学期再次设置为更正")
    ChannelBody recordChannel(@PathVariable String code, @RequestBody ChannelRequest r) {
        return ChannelBody.of(
                management.recordChannel(code, r.validFrom(), r.channel(), r.note(), r.source(), accounts.current()));
    }

    @GetMapping("/programme-exclusions")
    @Operation(summary = "查询互斥项目组", description = "同一学年（秋季学期及次年春季学期）学生只能享受组内一个项目；" + "列出全国、本省和本县的项目组，其他县的看不到")
    List<ExclusionBody> exclusions() {
        return rules.exclusions(accounts.current().scope()).stream()
                .map(ExclusionBody::of)
                .toList();
    }

    @PostMapping("/programme-exclusions")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @Operation(
            summary = "提交新增互斥项目组",
            description = "programmes 为至少两个项目代码；提交后为待审核（202），须由提交人以外、"
                    + "有同等权限的人员审核通过后才生效。县级资助中心新增的项目组只约束本县；省级资助中心可用 owner=NATIONAL 新增全国项目组")
    ResponseEntity<ChangeBody> addExclusion(@RequestBody ExclusionRequest r) {
        var proposed =
                changes.proposeExclusion(r.owner(), r.name(), r.programmes(), r.note(), r.source(), accounts.current());
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/v1/programme-changes/" + proposed.id()))
                .body(ChangeBody.of(proposed));
    }

    @DeleteMapping("/programme-exclusions/{id}")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @Operation(summary = "提交删除互斥项目组", description = "提交后为待审核（202），审核通过后自此刻起不再适用，历史记录保留；" + "其他县的项目组返回404，其他层级的返回403")
    ResponseEntity<ChangeBody> removeExclusion(@PathVariable long id) {
        var proposed = changes.proposeRemoval(id, accounts.current());
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/v1/programme-changes/" + proposed.id()))
                .body(ChangeBody.of(proposed));
    }

    @GetMapping("/school-quotas")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @Operation(summary = "查询学校名额和预算", description = "管辖范围内学校某学期的名额（人）和预算（元）；未设置的不列出")
    List<QuotaBody> quotas(@Parameter(description = "学期，如 2026-AUTUMN") @RequestParam String term) {
        List<Long> inScope = schools.choices(accounts.current().scope()).stream()
                .map(s -> s.id())
                .toList();
        return rules.quotas(Term.parse(term), inScope).stream()
                .map(QuotaBody::of)
                .toList();
    }

    @PostMapping(
            path = "/school-quotas/import",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @Operation(
            summary = "从表格导入学校名额和预算",
            description = "multipart 字段 file（.xlsx、.xls 或 .csv，列：学校标识码、资助项目、学期、名额、预算(元)）；全部无误才保存，"
                    + "否则返回400，errors 中每条问题写明行、列和修改方法，不保存任何一行")
    Map<String, Object> importQuotas(@org.springframework.web.bind.annotation.RequestPart MultipartFile file)
            throws java.io.IOException {
        java.nio.file.Path temporary = java.nio.file.Files.createTempFile("quotas", ".upload");
        try {
            file.transferTo(temporary);
            return Map.of(
                    "saved",
                    quotaImport.importFile(
                            temporary,
                            file.getOriginalFilename(),
                            accounts.current().scope()));
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
    }

    @PostMapping("/school-quotas")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设置学校名额和预算", description = "quota 为人数、budget 为元，留空为不限；学校不在管辖范围内时返回404")
    QuotaBody setQuota(@RequestBody QuotaRequest r) {
        if (r.schoolId() == null) {
            throw InvalidInput.of("schoolId", "paying.schoolRequired");
        }
        return QuotaBody.of(management.setQuota(
                r.schoolId(),
                r.programmeCode(),
                r.term(),
                r.quota(),
                r.budget(),
                accounts.current().scope()));
    }
}
