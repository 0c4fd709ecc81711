package com.aidloop.disbursement.integrity.web;

import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.progress.PayoutScopes;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integrity check for integrations, under the same rights as the page. */
@RestController
@Tag(name = "资金核对", description = "已确认受助名单 = 批次明细 = 银行文件明细 = 已发放 + 发放失败 + 待回盘；差额与每一处断点（按数据范围过滤）")
class IntegrityApi {

    private final PayoutScopes scopes;
    private final MoneyIntegrity integrity;
    private final PaymentProgress progress;
    private final BreakSentences sentences;

    IntegrityApi(PayoutScopes scopes, MoneyIntegrity integrity, PaymentProgress progress, BreakSentences sentences) {
        this.scopes = scopes;
        this.integrity = integrity;
        this.progress = progress;
        this.sentences = sentences;
    }

    @GetMapping("/api/v1/payout-integrity")
    @Operation(
            summary = "资金核对",
            description = "某学期本人数据范围内四个层级的笔数与金额（已确认受助名单、批次明细、银行文件明细、"
                    + "已发放+发放失败+待回盘），层级间的差额、可由“未入批次”“未导出”解释的部分和无法解释的部分，以及每一处断点："
                    + "金额与受助名单不符、受助记录不存在或未确认、同一受助记录两笔有效支付、补发不符、批次明细与控制总数不符、"
                    + "银行文件与批次明细不符、已导出却无银行文件、未导出却已有发放结果。balanced 为 true 表示核对一致")
    IntegrityJson check(
            @Parameter(description = "学期，如 2026-SPRING 或 2026年春季学期；不填为当前学期") @RequestParam(required = false)
                    String term,
            @Parameter(description = "区划代码（须在本人数据范围内）") @RequestParam(required = false) String region) {
        DataScope scope = scopes.of(region);
        Term chosen = PayoutScopes.termOr(term, progress.today());
        IntegrityReport report = integrity.check(chosen, scope);
        return IntegrityJson.of(
                report,
                scopes.unitName(scope) + chosen.label() + "学生资助资金核对",
                report.breaks().stream().map(sentences::of).toList());
    }
}
