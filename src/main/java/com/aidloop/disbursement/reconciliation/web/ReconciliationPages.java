package com.aidloop.disbursement.reconciliation.web;

import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.disbursement.reconciliation.Decision;
import com.aidloop.disbursement.reconciliation.ExceptionQueue;
import com.aidloop.disbursement.reconciliation.PaymentReissue;
import com.aidloop.disbursement.reconciliation.ReconciliationReports;
import com.aidloop.disbursement.reconciliation.ReturnFileImport;
import com.aidloop.disbursement.reconciliation.ReturnFileResult;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paging;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reconciliation page of a batch (对账) with the return-file upload and the reissue of failed
 * payments, and the exceptions queue (对账异常) where county staff decide each open exception.
 */
@Controller
class ReconciliationPages {

    private final ReturnFileImport returns;
    private final ReconciliationReports reports;
    private final ExceptionQueue queue;
    private final PaymentReissue reissue;
    private final CurrentAccounts accounts;
    private final RefusalWitness refusals;

    ReconciliationPages(
            ReturnFileImport returns,
            ReconciliationReports reports,
            ExceptionQueue queue,
            PaymentReissue reissue,
            CurrentAccounts accounts,
            RefusalWitness refusals) {
        this.returns = returns;
        this.reports = reports;
        this.queue = queue;
        this.reissue = reissue;
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping("/payout-batches/{id}/reconciliation")
    @PreAuthorize("hasAuthority('PAYOUT_VIEW')")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.of(id, accounts.current().scope()));
        model.addAttribute("exceptions", queue.list(id, true, accounts.current().scope(), new Paging(1, 100)));
        return "payout-reconciliation/batch";
    }

    @PostMapping("/payout-batches/{id}/return-files")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String upload(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute(
                    "problem",
                    Messages.format("reconciliation.refused.empty", file == null ? "" : Uploads.fileName(file)));
            return "redirect:/payout-batches/" + id + "/reconciliation";
        }
        try {
            ReturnFileResult r = Uploads.withSavedFile(
                    file,
                    path -> returns.upload(
                            id, Uploads.fileName(file), path, accounts.current().scope()));
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(
                            "reconciliation.uploaded",
                            String.valueOf(r.paid()),
                            String.valueOf(r.failed()),
                            String.valueOf(r.duplicateLines() + r.alreadySettled()),
                            String.valueOf(r.exceptions().size()),
                            r.reconciled() ? Messages.format("reconciliation.uploaded.reconciled") : ""));
            redirect.addFlashAttribute("lineProblems", r.exceptions());
        } catch (ReturnFileRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-batches/" + id + "/reconciliation";
    }

    @GetMapping("/payout-exceptions")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String exceptions(
            @RequestParam(required = false) String batch,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        var list = queue.list(
                batch, ExceptionFilter.open(status), accounts.current().scope(), Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("batch", batch == null ? "" : batch.strip());
        query.put("status", status == null ? "" : status);
        model.addAttribute("exceptions", list);
        model.addAttribute("batch", batch);
        model.addAttribute("status", status == null || status.isBlank() ? "open" : status);
        model.addAttribute("links", new PageLinks(list, "/payout-exceptions", query));
        return "payout-reconciliation/exceptions";
    }

    @PostMapping("/payout-exceptions/{id}/decision")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) Decision.Kind kind,
            @RequestParam(required = false) String text,
            @RequestParam int version,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            ExceptionQueue.Decided decided = queue.decide(
                    id, version, new Decision(kind, text), accounts.current().scope());
            redirect.addFlashAttribute(
                    "notice",
                    decided.exception().resolution()
                            + (decided.batchReconciled() ? Messages.format("reconciliation.uploaded.reconciled") : ""));
        } catch (ReconciliationRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:"
                + (back != null
                                && back.matches(
                                        "/payout-(exceptions|batches/[0-9]+/reconciliation)(\\?[A-Za-z0-9=&]*)?")
                        ? back
                        : "/payout-exceptions");
    }

    @PostMapping("/payments/{id}/reissue")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String reissue(
            @PathVariable long id,
            @RequestParam long batch,
            @RequestParam(required = false) String cardNumber,
            @RequestParam(required = false) String cardBank,
            RedirectAttributes redirect) {
        try {
            PaymentReissue.Reissued r =
                    reissue.reissue(id, cardNumber, cardBank, accounts.current().scope());
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format("reissue.done", r.batchReference(), r.reference(), r.cardMasked())
                            + (r.registryChangePending() ? Messages.format("reissue.registryChangePending") : "")
                            + (r.luhnWarning() ? Messages.format("reissue.luhnWarning") : ""));
        } catch (ReconciliationRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        } catch (InvalidValue invalid) {
            redirect.addFlashAttribute("problem", Messages.format(invalid.code(), invalid.args()));
        }
        return "redirect:/payout-batches/" + batch + "/reconciliation";
    }
}
