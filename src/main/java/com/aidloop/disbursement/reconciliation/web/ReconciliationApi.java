package com.aidloop.disbursement.reconciliation.web;

import com.aidloop.disbursement.reconciliation.Decision;
import com.aidloop.disbursement.reconciliation.ExceptionQueue;
import com.aidloop.disbursement.reconciliation.PaymentReissue;
import com.aidloop.disbursement.reconciliation.PayoutExceptionView;
import com.aidloop.disbursement.reconciliation.ReconciliationReport;
import com.aidloop.disbursement.reconciliation.ReconciliationReports;
import com.aidloop.disbursement.reconciliation.ReturnFileImport;
import com.aidloop.disbursement.reconciliation.ReturnFileResult;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.notification.SmsStatus;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Return files, reconciliation, the exceptions queue and reissue for integrations; county staff of the region. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "回盘与对账", description = "上传银行回盘文件、查看批次对账情况、处理对账异常、重新发放失败的支付")
class ReconciliationApi {

    private final ReturnFileImport returns;
    private final ReconciliationReports reports;
    private final ExceptionQueue queue;
    private final PaymentReissue reissue;
    private final CurrentAccounts accounts;

    ReconciliationApi(
            ReturnFileImport returns,
            ReconciliationReports reports,
            ExceptionQueue queue,
            PaymentReissue reissue,
            CurrentAccounts accounts) {
        this.returns = returns;
        this.reports = reports;
        this.queue = queue;
        this.reissue = reissue;
        this.accounts = accounts;
    }

    @PostMapping(path = "/payout-batches/{id}/return-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "上传回盘文件",
            description = "批次须为已导出；支持 .csv（UTF-8/GBK）、.xlsx、.xls 和银行定长文本。逐行按流水号匹配："
                    + "成功、失败直接处理，其余（未知流水号、重复且不一致、金额不符、格式错误、结果无法识别、结果矛盾）转入异常；整个文件一次性处理，"
                    + "无法读取或重复上传的文件整体拒绝（422）。全部结清且无未处理异常时批次自动变为已对账")
    ReturnFileResult upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return Uploads.withSavedFile(
                file,
                path -> returns.upload(
                        id, Uploads.fileName(file), path, accounts.current().scope()));
    }

    @GetMapping("/payout-batches/{id}/reconciliation")
    @PreAuthorize("hasAuthority('PAYOUT_VIEW')")
    @Operation(summary = "批次对账情况", description = "已发放、发放失败、待回盘的笔数和金额，未处理异常数，失败明细（卡号脱敏）与银行原因，回盘文件和短信发送情况")
    ReportBody reconciliation(@PathVariable long id) {
        return ReportBody.of(reports.of(id, accounts.current().scope()));
    }

    @GetMapping("/payout-exceptions")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "对账异常列表", description = "未处理的在前；可按批次和状态（open/resolved/all）筛选")
    Paged<PayoutExceptionView> exceptions(
            @Parameter(description = "批次编号") @RequestParam(required = false) Long batch,
            @Parameter(description = "open 未处理（默认）、resolved 已处理、all 全部") @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queue.list(
                batch, ExceptionFilter.open(status), accounts.current().scope(), Paging.of(page, size));
    }

    /** @param version the exception's version as read: a decision on a changed exception is refused (409) */
    record DecisionBody(Decision.Kind kind, String text, int version) {}

    @PostMapping("/payout-exceptions/{id}/decision")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(
            summary = "处理对账异常",
            description = "kind：MARK_PAID 标记已发放（核实银行已到账）、MARK_FAILED 标记发放失败（text 为原因，必填）、"
                    + "DISMISS 驳回（text 为说明，必填）；version 为读取时的版本，他人已处理时返回409；记入审计日志")
    ExceptionQueue.Decided decide(@PathVariable long id, @RequestBody DecisionBody body) {
        return queue.decide(
                id,
                body.version(),
                new Decision(body.kind(), body.text()),
                accounts.current().scope());
    }

    record ReissueBody(String cardNumber, String cardBank) {}

    @PostMapping("/payments/{id}/reissue")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "重新发放失败的支付",
            description =
                    "填写更正后的资助卡号（16-19位；校验位不通过只提示），加入原批次的重新发放批次（草稿），" + "生成新流水号；同一笔支付只能重新发放一次，已发放或待回盘的支付不能重新发放（409）")
    PaymentReissue.Reissued reissue(@PathVariable long id, @RequestBody ReissueBody body) {
        return reissue.reissue(
                id, body.cardNumber(), body.cardBank(), accounts.current().scope());
    }

    /** The reconciliation of a batch, with the SMS counts by status. */
    record ReportBody(
            long batchId,
            String batchReference,
            String status,
            String term,
            String programmeName,
            long controlCount,
            Money controlAmount,
            Totals paid,
            Totals failed,
            Totals pending,
            int openExceptions,
            List<ReconciliationReport.FailedPayment> failedPayments,
            List<ReconciliationReport.ReturnFileRow> returnFiles,
            Map<SmsStatus, Long> sms) {

        static ReportBody of(ReconciliationReport r) {
            return new ReportBody(
                    r.batch().id(),
                    r.batch().reference(),
                    r.batch().status().name(),
                    r.batch().term().code(),
                    r.batch().programmeName(),
                    r.batch().controlCount(),
                    r.batch().controlAmount(),
                    Totals.of(r.paid()),
                    Totals.of(r.failed()),
                    Totals.of(r.pending()),
                    r.openExceptions(),
                    r.failedPayments(),
                    r.returnFiles(),
                    r.sms().counts());
        }
    }

    record Totals(int count, Money amount) {

        static Totals of(com.aidloop.disbursement.reconciliation.ReconciliationStore.Totals t) {
            return new Totals(t.count(), t.amount());
        }
    }
}
