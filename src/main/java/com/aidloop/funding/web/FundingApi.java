package com.aidloop.funding.web;

import com.aidloop.audit.AuditTrail;
import com.aidloop.funding.FundAllocation;
import com.aidloop.funding.FundAllocations;
import com.aidloop.funding.FundingReport;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Funding sources for integrations: the register of allocated money and the report, under the rights of the pages. */
@RestController
@Tag(name = "资金来源", description = "资金下达/到位登记（冲销更正）与资金来源统计：下达、已确认应发、已发放、未发放，闲置沉淀预警")
class FundingApi {

    static final String TERM = "学期，如 2026-SPRING 或 2026年春季学期；不填为当前学期";

    private final FundingScopes scopes;
    private final FundAllocations allocations;
    private final CurrentAccounts accounts;
    private final AuditTrail audit;

    FundingApi(FundingScopes scopes, FundAllocations allocations, CurrentAccounts accounts, AuditTrail audit) {
        this.scopes = scopes;
        this.allocations = allocations;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A budget notice as typed: amounts in yuan as text ("120000.00"), dates yyyy-MM-dd. */
    record AllocationRequest(
            String programme,
            String term,
            String source,
            String amount,
            String documentNo,
            String receivedOn,
            String note) {}

    record Reversal(String reason) {}

    record Allocation(
            long id,
            String countyCode,
            String programmeCode,
            String term,
            String source,
            String sourceLabel,
            Money amount,
            String documentNo,
            LocalDate receivedOn,
            String note,
            Long reversesId,
            Long reversedById,
            String recordedBy) {
        static Allocation of(FundAllocation a) {
            return new Allocation(
                    a.id(),
                    a.countyCode(),
                    a.programmeCode(),
                    a.term().code(),
                    a.source().name(),
                    a.source().label(),
                    a.amount(),
                    a.documentNo(),
                    a.receivedOn(),
                    a.note(),
                    a.reversesId(),
                    a.reversedById(),
                    a.recordedBy());
        }
    }

    @GetMapping("/api/v1/fund-allocations")
    @Operation(summary = "查询资金下达登记", description = "本人数据范围内某学期的资金下达/到位登记，含冲销记录，按到位日期排列")
    List<Allocation> allocations(@Parameter(description = TERM) @RequestParam(required = false) String term) {
        return allocations.ofTerm(scopes.term(term), scopes.of(null)).stream()
                .map(Allocation::of)
                .toList();
    }

    @PostMapping("/api/v1/fund-allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "登记资金下达",
            description = "县级资助中心登记一份预算下达文件：资助项目、学期、资金来源（中央/省级/市级/县级/学校/社会）、" + "金额（元）、文号、到位日期；登记不可修改，错误时冲销后重新登记")
    Allocation record(@RequestBody AllocationRequest request) {
        return Allocation.of(allocations.record(
                request.programme(),
                request.term(),
                request.source(),
                request.amount(),
                request.documentNo(),
                request.receivedOn(),
                request.note(),
                accounts.current()));
    }

    @PostMapping("/api/v1/fund-allocations/{id}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "冲销资金下达登记", description = "以负数金额冲销一条登记，须填写原因；每条登记只能冲销一次")
    Allocation reverse(@PathVariable long id, @RequestBody Reversal reversal) {
        return Allocation.of(allocations.reverse(id, reversal.reason(), accounts.current()));
    }

    @GetMapping("/api/v1/funding-sources")
    @Operation(
            summary = "查询资金来源统计",
            description = "按县、乡镇或学校，分资助项目和资金来源统计下达资金（仅县级）、已确认应发（已确认受助金额×分担比例）、"
                    + "已发放（按每笔发放时携带的分担比例）、未发放；资金到位超过设定天数仍未支出的标为闲置沉淀。"
                    + "分担按最大余数法精确到分，各来源之和等于总额")
    FundingReport report(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = "COUNTY（按县，默认）、TOWNSHIP（按乡镇）或 SCHOOL（按学校）") @RequestParam(required = false)
                    String level,
            @Parameter(description = "区划代码（须在本人数据范围内）") @RequestParam(required = false) String region) {
        return scopes.report(term, FundingScopes.level(level), region);
    }

    @GetMapping("/api/v1/funding-sources.xlsx")
    @Operation(summary = "导出资金来源统计表", description = "与查询相同的内容，正式表格式（标题、填报单位、单位：元、合计、签字栏）；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = FundingPages.XLSX))
    void workbook(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String region,
            HttpServletResponse response)
            throws IOException {
        FundingPages.download(scopes, audit, term, level, region, response);
    }
}
