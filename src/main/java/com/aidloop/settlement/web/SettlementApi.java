package com.aidloop.settlement.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.settlement.DraftingTransfers;
import com.aidloop.settlement.MealProvisions;
import com.aidloop.settlement.ProvisionView;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.settlement.TransferForms;
import com.aidloop.settlement.TransferView;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfers to schools and meals served, for integrations, under the same rights, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('PAYOUT_VIEW')")
@Tag(
        name = "学校拨付",
        description =
                "免学费、免保教费等拨付学校的项目和营养膳食（实物）项目：县级按学校和项目生成资金拨付单、登记转账（日期、凭证号），" + "学校确认到账、按月登记膳食供应；学校只看到本校的，数据范围外返回404")
class SettlementApi {

    private final DraftingTransfers drafting;
    private final SchoolTransfers transfers;
    private final MealProvisions provisions;
    private final TransferForms forms;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    SettlementApi(
            DraftingTransfers drafting,
            SchoolTransfers transfers,
            MealProvisions provisions,
            TransferForms forms,
            CurrentAccounts accounts,
            ChinaTime time) {
        this.drafting = drafting;
        this.transfers = transfers;
        this.provisions = provisions;
        this.forms = forms;
        this.accounts = accounts;
        this.time = time;
    }

    record Transfer(
            long id,
            int version,
            String reference,
            String term,
            long schoolId,
            String schoolName,
            String programme,
            String programmeName,
            String channel,
            long students,
            Money amount,
            String standard,
            String accountName,
            String accountBank,
            String accountNumber,
            String status,
            String statusName,
            String transferredOn,
            String voucherNumber,
            String confirmedBy) {

        static Transfer of(TransferView t) {
            return new Transfer(
                    t.id(),
                    t.version(),
                    t.reference(),
                    t.term().code(),
                    t.schoolId(),
                    t.schoolName(),
                    t.programmeCode(),
                    t.programmeName(),
                    t.channel().name(),
                    t.awards(),
                    t.amount(),
                    t.standard(),
                    t.accountName(),
                    t.accountBank(),
                    t.accountNumberMasked(),
                    t.status().name(),
                    t.status().label(),
                    t.transferredOn() == null ? null : t.transferredOn().toString(),
                    t.voucherNumber(),
                    t.confirmedBy());
        }
    }

    record Provision(String programme, String month, int daysServed, int studentsServed, Money amount) {

        static Provision of(ProvisionView p) {
            return new Provision(
                    p.programmeCode(), p.month().toString(), p.daysServed(), p.studentsServed(), p.amount());
        }
    }

    record DraftRequest(String term, Long schoolId, String programme) {}

    record TransferRequest(String transferredOn, String voucherNumber, Integer version) {}

    record ReceiptRequest(Integer version) {}

    record ProvisionRequest(
            String term, String programme, String month, String daysServed, String studentsServed, String amount) {}

    @GetMapping("/school-transfers")
    @Operation(summary = "查询资金拨付单", description = "所选学期（如 2026-SPRING，不填为本学期）范围内的拨付单；账号已脱敏")
    List<Transfer> list(@RequestParam(required = false) String term) {
        return transfers.list(time.termOrCurrent(term), accounts.current().scope()).stream()
                .map(Transfer::of)
                .toList();
    }

    @GetMapping("/school-transfers/{id}")
    Transfer get(@PathVariable long id) {
        return Transfer.of(transfers.get(id, accounts.current().scope()));
    }

    @PostMapping("/school-transfers")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "生成资金拨付单", description = "按学校已确认的受助名单生成（已生成未转账的重新生成）；学校须已登记收款账户，膳食项目须已登记膳食供应")
    Transfer draft(@RequestBody DraftRequest r) {
        return Transfer.of(drafting.draft(Term.parse(r.term()), r.schoolId(), r.programme(), accounts.current()));
    }

    @PostMapping("/school-transfers/{id}/transfer")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "登记转账", description = "transferredOn 为转账日期（yyyy-MM-dd，不晚于今天），voucherNumber 为凭证号")
    Transfer recordTransfer(@PathVariable long id, @RequestBody TransferRequest r) {
        return Transfer.of(transfers.recordTransfer(
                id, SettlementDates.parse(r.transferredOn()), r.voucherNumber(), r.version(), accounts.current()));
    }

    @PostMapping("/school-transfers/{id}/receipt")
    @PreAuthorize("hasAuthority('SCHOOL_RECEIPT')")
    @Operation(summary = "学校确认到账", description = "仅本校资助专员，且县级已登记转账")
    Transfer confirmReceipt(@PathVariable long id, @RequestBody(required = false) ReceiptRequest r) {
        return Transfer.of(transfers.confirmReceipt(id, r == null ? null : r.version(), accounts.current()));
    }

    @GetMapping("/school-transfers/{id}/form")
    @Operation(summary = "下载资金拨付单（xlsx）", description = "正式格式，含完整收款账号；每次下载记入审计日志")
    void form(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentAccount account = accounts.current();
        Downloads.xlsx(response, forms.fileName(id, account.scope()));
        forms.write(id, account.scope(), account.username(), response.getOutputStream());
    }

    @GetMapping("/meal-provisions")
    List<Provision> meals(@RequestParam(required = false) String term) {
        return provisions.list(time.termOrCurrent(term), accounts.current().scope()).stream()
                .map(Provision::of)
                .toList();
    }

    @PostMapping("/meal-provisions")
    @PreAuthorize("hasAuthority('SCHOOL_RECEIPT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记膳食供应", description = "本校某月供餐天数、供餐人数、金额（元）；月份如 2026-03，须在所选学期内")
    Provision recordMeals(@RequestBody ProvisionRequest r) {
        return Provision.of(provisions.record(
                r.programme(),
                Term.parse(r.term()),
                r.month(),
                r.daysServed(),
                r.studentsServed(),
                r.amount(),
                accounts.current()));
    }
}
