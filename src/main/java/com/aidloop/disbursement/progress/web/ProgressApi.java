package com.aidloop.disbursement.progress.web;

import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.ProgressReport;
import com.aidloop.disbursement.progress.PayoutScopes;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payout progress for integrations: JSON and the .xlsx table, under the same rights as the page. */
@RestController
@Tag(name = "资金发放进度", description = "各学校、资助项目的计划、已入批次、已发放、发放失败、未发放与发放时限（按数据范围过滤）")
class ProgressApi {

    static final String TERM = "学期，如 2026-SPRING 或 2026年春季学期；不填为当前学期";
    static final String REGION = "区划代码（须在本人数据范围内），缩小到某乡镇";

    private final PayoutScopes scopes;
    private final PaymentProgress progress;
    private final AuditTrail audit;

    ProgressApi(PayoutScopes scopes, PaymentProgress progress, AuditTrail audit) {
        this.scopes = scopes;
        this.progress = progress;
        this.audit = audit;
    }

    /** How many and how much. */
    record Figure(long count, Money amount) {
        static Figure of(PayoutFigure figure) {
            return new Figure(figure.count(), figure.amount());
        }
    }

    record Row(
            long schoolId,
            String schoolName,
            String programmeCode,
            String programmeName,
            Figure planned,
            Figure inBatch,
            Figure paid,
            Figure failed,
            Figure outstanding,
            LocalDate deadline,
            long daysLeft,
            long daysLate,
            boolean late,
            String channel) {}

    record Answer(
            String term,
            String title,
            LocalDate today,
            Figure planned,
            Figure inBatch,
            Figure paid,
            Figure failed,
            Figure outstanding,
            long lateCount,
            List<Row> rows) {}

    @GetMapping("/api/v1/payout-progress")
    @Operation(
            summary = "查询发放进度",
            description = "本人数据范围内某学期每个学校、资助项目的计划（已确认受助名单）、已入批次、已发放、"
                    + "发放失败（未补发）、未发放（计划−已发放）、发放时限、剩余或逾期天数；逾期：时限已过仍有未发放。逾期项在前。"
                    + "channel 为 SCHOOL（拨付学校）或 IN_KIND（实物）的项目：已入批次为已登记转账，已发放为学校已确认到账")
    Answer progress(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = REGION) @RequestParam(required = false) String region) {
        DataScope scope = scopes.of(region);
        Term chosen = PayoutScopes.termOr(term, progress.today());
        ProgressReport report = progress.report(chosen, scope);
        List<Row> rows = report.rows().stream()
                .map(r -> new Row(
                        r.schoolId(),
                        r.schoolName(),
                        r.programmeCode(),
                        r.programmeName(),
                        Figure.of(r.planned()),
                        Figure.of(r.inBatch()),
                        Figure.of(r.paid()),
                        Figure.of(r.failed()),
                        Figure.of(r.outstanding()),
                        r.deadline(),
                        r.daysLeft(),
                        r.daysLate(),
                        r.late(),
                        r.channel().name()))
                .toList();
        return new Answer(
                chosen.code(),
                ProgressWorkbook.title(scopes.unitName(scope), report),
                report.today(),
                Figure.of(report.planned()),
                Figure.of(report.inBatch()),
                Figure.of(report.paid()),
                Figure.of(report.failed()),
                Figure.of(report.outstanding()),
                report.lateCount(),
                rows);
    }

    @GetMapping("/api/v1/payout-progress.xlsx")
    @Operation(summary = "导出发放进度表", description = "与查询相同的内容，正式表格式（标题、填报单位、单位：元、合计、签字栏）；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ProgressPages.XLSX))
    void workbook(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = REGION) @RequestParam(required = false) String region,
            HttpServletResponse response)
            throws IOException {
        ProgressPages.download(scopes, progress, audit, term, region, response);
    }
}
