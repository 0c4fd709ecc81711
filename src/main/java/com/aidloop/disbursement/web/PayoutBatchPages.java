package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BankFileSummary;
import com.aidloop.disbursement.BankFiles;
import com.aidloop.disbursement.BatchFilter;
import com.aidloop.disbursement.BatchRefused;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.CreatedBatch;
import com.aidloop.disbursement.PaymentLine;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.programme.ProgrammeNotPaidByCard;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payout batch pages (发放批次): the list with its filters and region tree, the form that shows
 * what a new batch would hold, a batch with its control totals, contributors and masked lines, 审核通过
 * for someone who put nothing into it, and the bank file's confirmation page with the download.
 */
@Controller
@RequestMapping("/payout-batches")
@PreAuthorize("hasAuthority('PAYOUT_VIEW')")
class PayoutBatchPages {

    private final PayoutBatches batches;
    private final BankFiles bankFiles;
    private final BatchChoices choices;
    private final CurrentAccounts accounts;
    private final RefusalWitness refusals;

    PayoutBatchPages(
            PayoutBatches batches,
            BankFiles bankFiles,
            BatchChoices choices,
            CurrentAccounts accounts,
            RefusalWitness refusals) {
        this.batches = batches;
        this.bankFiles = bankFiles;
        this.choices = choices;
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        CurrentAccount account = accounts.current();
        Term chosen = BatchChoices.parseTerm(term);
        BatchStatus wanted = java.util.Arrays.stream(BatchStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        Paged<BatchView> found = batches.list(
                new BatchFilter(chosen, region, programme, wanted), account.scope(), Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("term", chosen == null ? null : chosen.code());
        query.put("region", region);
        query.put("programme", programme);
        query.put("status", status);
        model.addAttribute("batches", found);
        model.addAttribute("links", new PageLinks(found, "/payout-batches", query));
        model.addAttribute("search", query);
        model.addAttribute("terms", choices.terms(null));
        model.addAttribute(
                "programmes", choices.programmes(chosen != null ? chosen : choices.currentTerm(), account.scope()));
        model.addAttribute("statuses", BatchStatus.values());
        choices.treeRoot(account.scope()).ifPresent(root -> {
            model.addAttribute("treeRoot", root);
            model.addAttribute("children", choices.children(root));
        });
        return "payout-batches/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String form(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String township,
            @RequestParam(required = false) String programme,
            Model model) {
        Term chosen = BatchChoices.parseTerm(term);
        if (chosen != null && township != null && !township.isBlank() && programme != null && !programme.isBlank()) {
            try {
                model.addAttribute("preview", batches.preview(chosen, township, programme, accounts.current()));
            } catch (BatchRefused | ProgrammeNotPaidByCard refused) {
                refusals.saw(refused);
                model.addAttribute("problem", refused.getLocalizedMessage());
            }
        }
        return form(model, chosen, township, programme);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String create(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String township,
            @RequestParam(required = false) String programme,
            Model model,
            RedirectAttributes redirect) {
        Term chosen = BatchChoices.parseTerm(term);
        String missing = chosen == null
                ? "batch.termRequired"
                : township == null || township.isBlank()
                        ? "batch.townshipRequired"
                        : programme == null || programme.isBlank() ? "batch.programmeRequired" : null;
        if (missing != null) {
            model.addAttribute("problem", Messages.format(missing));
            return form(model, chosen, township, programme);
        }
        try {
            CreatedBatch created = batches.create(chosen, township, programme, accounts.current());
            redirect.addFlashAttribute("notice", "已创建发放批次 " + created.batch().reference() + "，请交由其他工作人员审核");
            if (created.missingCardCount() > 0) {
                redirect.addFlashAttribute(
                        "warning", Messages.format("batch.missingCards", created.missingCardCount()));
            }
            return "redirect:/payout-batches/" + created.batch().id();
        } catch (BatchRefused | ProgrammeNotPaidByCard refused) {
            refusals.saw(refused);
            model.addAttribute("problem", refused.getLocalizedMessage());
            return form(model, chosen, township, programme);
        }
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        CurrentAccount account = accounts.current();
        BatchView batch = batches.get(id, account.scope());
        Paged<PaymentLine> lines = batches.lines(id, account.scope(), Paging.of(page, size));
        model.addAttribute("batch", batch);
        model.addAttribute("lines", lines);
        model.addAttribute("links", new PageLinks(lines, "/payout-batches/" + id, Map.of()));
        model.addAttribute("templates", bankFiles.templates());
        boolean checker = account.may(Permission.PAYOUT_APPROVE)
                && batch.status() == BatchStatus.DRAFT
                && !batch.hasContributor(account.username());
        model.addAttribute("mayApprove", checker && batch.review() == null);
        model.addAttribute(
                "mayResubmit",
                account.may(Permission.PAYOUT_MANAGE)
                        && batch.review() != null
                        && batch.hasContributor(account.username()));
        model.addAttribute("ownBatch", batch.createdBy().equals(account.username()));
        model.addAttribute(
                "ownContributions",
                batch.contributionsOf(account.username()).stream()
                        .map(c -> c.contribution().label())
                        .distinct()
                        .toList());
        model.addAttribute("mayManage", account.may(Permission.PAYOUT_MANAGE));
        return "payout-batches/detail";
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    String approve(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            BatchView approved = batches.approve(id, version, accounts.current());
            redirect.addFlashAttribute("notice", "发放批次 " + approved.reference() + " 已审核通过，可以导出银行代发文件");
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-batches/" + id;
    }

    @PostMapping("/{id}/payments/{paymentId}/remove")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String remove(
            @PathVariable long id,
            @PathVariable long paymentId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            BatchView changed = batches.removePayment(id, paymentId, reason, accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    "已移除该笔发放，控制总数改为 " + changed.controlCount() + " 笔 " + changed.controlAmount() + " 元"
                            + (changed.status() == BatchStatus.DRAFT ? "，批次需重新审核" : ""));
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-batches/" + id;
    }

    /** 确认页: count and total of the file before it is downloaded. */
    @GetMapping("/{id}/bank-file")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String confirmBankFile(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String template,
            Model model,
            RedirectAttributes redirect) {
        try {
            BankFileSummary summary =
                    bankFiles.summary(id, template, accounts.current().scope());
            model.addAttribute("summary", summary);
            return "payout-batches/bank-file";
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return "redirect:/payout-batches/" + id;
        }
    }

    @PostMapping("/{id}/bank-file")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    ResponseEntity<byte[]> downloadBankFile(
            @PathVariable long id, @RequestParam(defaultValue = "csv") String template) {
        return BankFileResponses.of(bankFiles.download(id, template, accounts.current()));
    }

    /** A refusal of the download (e.g. a name GBK cannot hold): shown on a page of its own. */
    private String form(Model model, Term term, String township, String programme) {
        Term chosen = term != null ? term : choices.currentTerm();
        model.addAttribute("terms", choices.terms(chosen));
        model.addAttribute("term", chosen);
        model.addAttribute("townships", choices.townships(accounts.current().scope()));
        model.addAttribute("township", township);
        model.addAttribute(
                "programmes", choices.programmes(chosen, accounts.current().scope()));
        model.addAttribute("programme", programme);
        return "payout-batches/new";
    }
}
