package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.registry.CardChangeRefused;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.CardChangeView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Refusal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * 资助卡变更审核: the card changes of the students in the scope, pending first, each with both
 * cards masked and who asked; 审核通过 and 驳回 for an account with AID_CARD_APPROVE that did not
 * ask for it. A change carried by a reissue batch is decided by approving that batch.
 */
@Controller
@RequestMapping("/aid-card-changes")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
class CardChangePages {

    /** Where a decision may send the person back to: this list or a student's page. */
    private static final String BACK = "/(aid-card-changes|students/[0-9]+)(\\?[A-Za-z0-9=&]*)?";

    private final AidCardChanges changes;
    private final CurrentAccounts accounts;
    private final RefusalWitness refusals;

    CardChangePages(AidCardChanges changes, CurrentAccounts accounts, RefusalWitness refusals) {
        this.changes = changes;
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long student,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        CurrentAccount account = accounts.current();
        String chosen = status == null || status.isBlank() ? CardChangeStatus.PENDING.name() : status;
        CardChangeStatus wanted = Arrays.stream(CardChangeStatus.values())
                .filter(s -> s.name().equals(chosen))
                .findFirst()
                .orElse(null);
        Paged<CardChangeView> found = changes.list(wanted, student, account.scope(), Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", wanted == null ? "ALL" : wanted.name());
        query.put("student", student == null ? null : student.toString());
        model.addAttribute("student", student);
        model.addAttribute("back", student == null ? "/aid-card-changes" : "/aid-card-changes?student=" + student);
        model.addAttribute("changes", found);
        model.addAttribute("links", new PageLinks(found, "/aid-card-changes", query));
        model.addAttribute("status", wanted == null ? "ALL" : wanted.name());
        model.addAttribute("statuses", CardChangeStatus.values());
        model.addAttribute("mayDecide", account.may(Permission.AID_CARD_APPROVE));
        model.addAttribute("me", account.username());
        return "aid-card-changes/list";
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('AID_CARD_APPROVE')")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            CardChangeView approved = changes.approve(id, version, accounts.current());
            redirect.addFlashAttribute(
                    "notice", "已审核通过 " + approved.studentName() + " 的资助卡变更，新卡 " + approved.newCardLabel() + " 已生效");
        } catch (CardChangeRefused refused) {
            refusals.saw(refused);
            problem(refused, redirect);
        }
        return "redirect:" + backTo(back);
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasAuthority('AID_CARD_APPROVE')")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            CardChangeView rejected = changes.reject(id, version, reason, accounts.current());
            redirect.addFlashAttribute("notice", "已驳回 " + rejected.studentName() + " 的资助卡变更，原资助卡不变");
        } catch (CardChangeRefused refused) {
            refusals.saw(refused);
            problem(refused, redirect);
        } catch (InvalidInput tooLong) {
            redirect.addFlashAttribute("problem", tooLong.getLocalizedMessage());
        }
        return "redirect:" + backTo(back);
    }

    /** A refused decision is told on the page it came from; a change outside the scope stays a 404. */
    private static void problem(CardChangeRefused refused, RedirectAttributes redirect) {
        if (refused.kind() == Refusal.Kind.NOT_FOUND) {
            throw refused;
        }
        redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
    }

    private static String backTo(String back) {
        return back != null && back.matches(BACK) ? back : "/aid-card-changes";
    }
}
