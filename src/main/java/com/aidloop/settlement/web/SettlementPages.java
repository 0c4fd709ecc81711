package com.aidloop.settlement.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.settlement.DraftingTransfers;
import com.aidloop.settlement.MealProvisions;
import com.aidloop.settlement.SchoolDue;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.settlement.TransferForms;
import com.aidloop.settlement.TransferView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Refusal;
import com.aidloop.shared.Term;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 学校拨付: the county's list of what each school is owed for fee waivers and meals, with the
 * 资金拨付单 drafted from it; the school's own page with its transfers to confirm and the months
 * of meals it records; a transfer's page with its form, the transfer to record and the receipt to
 * confirm.
 */
@Controller
@PreAuthorize("hasAuthority('PAYOUT_VIEW')")
class SettlementPages {

    private final DraftingTransfers drafting;
    private final SchoolTransfers transfers;
    private final MealProvisions provisions;
    private final CurrentAccounts accounts;
    private final ChinaTime time;
    private final RefusalWitness refusals;
    private final TransferForms forms;

    SettlementPages(
            DraftingTransfers drafting,
            SchoolTransfers transfers,
            MealProvisions provisions,
            CurrentAccounts accounts,
            ChinaTime time,
            RefusalWitness refusals,
            TransferForms forms) {
        this.forms = forms;
        this.drafting = drafting;
        this.transfers = transfers;
        this.provisions = provisions;
        this.accounts = accounts;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping("/school-transfers")
    String list(@RequestParam(required = false) String term, Model model) {
        CurrentAccount account = accounts.current();
        Term chosen = time.termOrCurrent(term);
        boolean school = account.scope().schoolId() != null;
        List<SchoolDue> due = school ? List.of() : drafting.due(chosen, account.scope());
        List<TransferView> own = school ? transfers.list(chosen, account.scope()) : List.of();
        if ((term == null || term.isBlank()) && due.isEmpty() && own.isEmpty()) {
            return "redirect:/school-transfers?term=" + chosen.previous().code();
        }
        model.addAttribute("term", chosen);
        model.addAttribute("terms", time.termChoices(6, 1, chosen));
        model.addAttribute("schoolView", school);
        model.addAttribute("due", due);
        model.addAttribute("own", own);
        model.addAttribute("inKind", provisions.inKindProgrammes(chosen));
        model.addAttribute("months", provisions.list(chosen, account.scope()));
        return "settlement/list";
    }

    @GetMapping("/school-transfers/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("transfer", transfers.get(id, account.scope()));
        model.addAttribute("schoolView", account.scope().schoolId() != null);
        model.addAttribute("today", time.today());
        return "settlement/detail";
    }

    /** 下载资金拨付单: the official workbook with the school's full account number, audited. */
    @GetMapping("/school-transfers/{id}/form.xlsx")
    void form(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentAccount account = accounts.current();
        Downloads.xlsx(response, forms.fileName(id, account.scope()));
        forms.write(id, account.scope(), account.username(), response.getOutputStream());
    }

    @PostMapping("/school-transfers")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String draft(
            @RequestParam String term,
            @RequestParam(required = false) Long schoolId,
            @RequestParam(required = false) String programme,
            RedirectAttributes redirect) {
        Term chosen = Term.parse(term);
        try {
            if (schoolId == null) {
                DraftingTransfers.Drafted done = drafting.draftAll(chosen, accounts.current());
                redirect.addFlashAttribute("notice", "已生成资金拨付单 " + done.drafted() + " 张");
                if (!done.left().isEmpty()) {
                    redirect.addFlashAttribute("warnings", done.left());
                }
            } else {
                TransferView made = drafting.draft(chosen, schoolId, programme, accounts.current());
                redirect.addFlashAttribute("notice", "已生成资金拨付单 " + made.reference());
                return "redirect:/school-transfers/" + made.id();
            }
        } catch (Refusal refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/school-transfers?term=" + chosen.code();
    }

    @PostMapping("/school-transfers/{id}/transfer")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String recordTransfer(
            @PathVariable long id,
            @RequestParam(required = false) String transferredOn,
            @RequestParam(required = false) String voucherNumber,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            TransferView done = transfers.recordTransfer(
                    id, SettlementDates.parse(transferredOn), voucherNumber, version, accounts.current());
            redirect.addFlashAttribute("notice", "已登记转账：凭证号 " + done.voucherNumber() + "，等待学校确认到账");
        } catch (Refusal refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/school-transfers/" + id;
    }

    @PostMapping("/school-transfers/{id}/receipt")
    @PreAuthorize("hasAuthority('SCHOOL_RECEIPT')")
    String confirmReceipt(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            TransferView done = transfers.confirmReceipt(id, version, accounts.current());
            redirect.addFlashAttribute("notice", "已确认到账：" + done.reference());
        } catch (Refusal refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/school-transfers/" + id;
    }

    @PostMapping("/meal-provisions")
    @PreAuthorize("hasAuthority('SCHOOL_RECEIPT')")
    String recordMeals(
            @RequestParam String term,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String daysServed,
            @RequestParam(required = false) String studentsServed,
            @RequestParam(required = false) String amount,
            RedirectAttributes redirect) {
        Term chosen = Term.parse(term);
        try {
            var saved =
                    provisions.record(programme, chosen, month, daysServed, studentsServed, amount, accounts.current());
            redirect.addFlashAttribute("notice", "已登记" + saved.monthLabel() + "膳食供应");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(
                    "warnings", List.copyOf(invalid.sentencesByField().values()));
        } catch (Refusal refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/school-transfers?term=" + chosen.code();
    }
}
