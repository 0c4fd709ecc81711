package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BankFiles;
import com.aidloop.disbursement.BankTemplate;
import com.aidloop.disbursement.BatchFilter;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.CreatedBatch;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payout batches and bank files for integrations and scripts, under the same rights, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1/payout-batches")
@PreAuthorize("hasAuthority('PAYOUT_VIEW')")
@Tag(name = "发放批次", description = "按学期、户籍乡镇和资助项目创建发放批次（冻结控制总数），他人审核（创建人不能审核），导出银行代发文件（首次下载后状态为已导出）；数据范围外返回404")
class PayoutBatchApi {

    private final PayoutBatches batches;
    private final BankFiles bankFiles;
    private final CurrentAccounts accounts;

    PayoutBatchApi(PayoutBatches batches, BankFiles bankFiles, CurrentAccounts accounts) {
        this.batches = batches;
        this.bankFiles = bankFiles;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(
            summary = "分页查询发放批次",
            description = "按学期、区划（乡镇代码或其上级）、资助项目代码、状态（DRAFT、APPROVED、EXPORTED、RECONCILED）筛选；页码从1开始")
    Paged<BatchJson.Batch> list(
            @Parameter(description = "学期，如 2026-AUTUMN") @RequestParam(required = false) String term,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Term chosen = term == null || term.isBlank() ? null : parsed("term", () -> Term.parse(term));
        BatchStatus wanted = status == null || status.isBlank() ? null : parsed("status", () -> status(status));
        return batches.list(
                        new BatchFilter(chosen, region, programme, wanted),
                        accounts.current().scope(),
                        Paging.of(page, size))
                .map(BatchJson.Batch::of);
    }

    @GetMapping("/preview")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "预览新批次", description = "所选学期、户籍乡镇（9位代码）和资助项目中可编入新批次的笔数与金额、缺少资助卡号的人数、已在其他批次的笔数")
    BatchJson.Preview preview(
            @RequestParam String term, @RequestParam String township, @RequestParam String programme) {
        return BatchJson.Preview.of(
                batches.preview(parsed("term", () -> Term.parse(term)), township, programme, accounts.current()));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(
            summary = "创建发放批次",
            description = "请求体 {term, townshipCode, programmeCode}。每笔已确认且尚无发放记录的资助一行，状态 DRAFT，控制总数在创建时冻结；"
                    + "缺少资助卡号的学生不编入并在 missingCardCount 中报告；没有可发放资助时返回409；他人同时创建了同一批次时返回409")
    ResponseEntity<BatchJson.Created> create(@RequestBody BatchJson.NewBatch body) {
        Term term = parsed("term", () -> Term.parse(body.term()));
        CreatedBatch created = batches.create(term, body.townshipCode(), body.programmeCode(), accounts.current());
        String warning = created.missingCardCount() == 0
                ? null
                : Messages.format("batch.missingCards", created.missingCardCount());
        return ResponseEntity.created(
                        URI.create("/api/v1/payout-batches/" + created.batch().id()))
                .body(new BatchJson.Created(BatchJson.Batch.of(created.batch()), created.missingCardCount(), warning));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询发放批次", description = "含控制总数和现有明细的笔数与金额")
    BatchJson.Batch one(@PathVariable long id) {
        return BatchJson.Batch.of(batches.get(id, accounts.current().scope()));
    }

    @GetMapping("/{id}/payments")
    @Operation(summary = "分页查询发放明细", description = "按序号；卡号仅显示后4位")
    Paged<BatchJson.Line> payments(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return batches.lines(id, accounts.current().scope(), Paging.of(page, size))
                .map(BatchJson.Line::of);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    @Operation(summary = "审核通过", description = "创建人不能审核；version 为审核人看到的版本，批次此后被修改或已被他人审核时返回409；两人同时审核只有一人成功")
    BatchJson.Batch approve(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return BatchJson.Batch.of(batches.approve(id, version, accounts.current()));
    }

    @PostMapping("/{id}/payments/{paymentId}/removal")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "移除一笔发放", description = "请求体 {reason}。仅待审核或已审核的批次；控制总数改为其余明细的笔数与金额（审计留痕），已审核的批次退回待审核")
    BatchJson.Batch remove(@PathVariable long id, @PathVariable long paymentId, @RequestBody BatchJson.Removal body) {
        return BatchJson.Batch.of(batches.removePayment(id, paymentId, body.reason(), accounts.current()));
    }

    @GetMapping("/bank-templates")
    @Operation(summary = "银行模板", description = "可用的银行代发文件模板：name、label、format（CSV、XLSX、FIXED_WIDTH）")
    List<BankTemplate> templates() {
        return bankFiles.templates();
    }

    @GetMapping("/{id}/bank-file")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "下载前核对", description = "银行代发文件的笔数与合计金额，以及下载是否会把批次标为已导出")
    BatchJson.BankFileInfo bankFileSummary(@PathVariable long id, @RequestParam(defaultValue = "csv") String template) {
        return BatchJson.BankFileInfo.of(
                bankFiles.summary(id, template, accounts.current().scope()));
    }

    @PostMapping("/{id}/bank-file")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(
            summary = "下载银行代发文件",
            description = "template：csv、csv-gbk、xlsx、xlsx-plain、fixed 或配置的模板。只有已审核或已导出的批次；"
                    + "首次下载把批次标为已导出；同一模板再次生成的内容完全相同（响应头 X-Content-SHA256）。文件含完整卡号，下载留痕")
    ResponseEntity<byte[]> bankFile(@PathVariable long id, @RequestParam(defaultValue = "csv") String template) {
        return BankFileResponses.of(bankFiles.download(id, template, accounts.current()));
    }

    private static BatchStatus status(String text) {
        try {
            return BatchStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("batch.statusUnknown", text);
        }
    }

    private static <T> T parsed(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            throw InvalidInput.of(field, invalid.code(), invalid.args());
        }
    }
}
