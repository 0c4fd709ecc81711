package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.CatalogueApprovals;
import com.aidloop.programme.CatalogueChangeView;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
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
 * The second person's page for the catalogue (目录变更审核): the changes waiting for approval that
 * the account sees, with approve and reject for those it may decide and withdraw for its own, and
 * the latest decisions. A change of another county is 404; one of another level is 403.
 */
@Controller
@RequestMapping("/programmes/changes")
@PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
class CatalogueChangePages {

    private static final String PAGE = "/programmes/changes";

    private final CatalogueChanges changes;
    private final CatalogueApprovals approvals;
    private final CurrentAccounts accounts;

    CatalogueChangePages(CatalogueChanges changes, CatalogueApprovals approvals, CurrentAccounts accounts) {
        this.changes = changes;
        this.approvals = approvals;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("pending", changes.pending(account.scope(), null));
        model.addAttribute("decided", changes.decided(account.scope()));
        model.addAttribute("account", account);
        model.addAttribute("back", PAGE);
        return "programmes/changes";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            CatalogueChangeView approved = approvals.approve(id, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("programme.change.approved", approved.summary()));
        } catch (InvalidInput invalid) {
            // the catalogue changed since the proposal: say why, the change stays pending to be rejected
            redirect.addFlashAttribute(
                    "problem",
                    Messages.format(
                            "programme.change.noLongerFits",
                            String.join("；", invalid.sentencesByField().values())));
        }
        return "redirect:" + backTo(back);
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            CatalogueChangeView rejected = approvals.reject(id, reason, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("programme.change.rejected", rejected.summary()));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(
                    "problem", String.join("；", invalid.sentencesByField().values()));
        }
        return "redirect:" + backTo(back);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        CatalogueChangeView withdrawn = approvals.withdraw(id, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("programme.change.withdrawn", withdrawn.summary()));
        return "redirect:" + backTo(back);
    }

    /** Back to the catalogue page the decision was made on; never to another site. */
    private static String backTo(String back) {
        return back != null && back.matches("/programmes(/[A-Za-z0-9_]+)*") ? back : PAGE;
    }
}
