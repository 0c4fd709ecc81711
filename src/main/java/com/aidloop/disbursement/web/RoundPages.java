package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BatchRefused;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.disbursement.RoundView;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payout round pages (发放轮次): the list, the form that previews one batch per issuing bank and
 * names the students without a card, a round with its batches, and the review of the whole round
 * (整轮审核通过, 驳回 with an opinion, 重新提交); 驳回 and 重新提交 of a single batch. Every decision is
 * confirmed in a dialog stating count and amount (aidloop.js, {@code data-confirm}).
 */
@Controller
@PreAuthorize("hasAnyAuthority('PAYOUT_VIEW', 'ROUND_VIEW')")
class RoundPages {

    private final PayoutRounds rounds;
    private final BatchChoices choices;
    private final CurrentAccounts accounts;
    private final RefusalWitness refusals;

    RoundPages(PayoutRounds rounds, BatchChoices choices, CurrentAccounts accounts, RefusalWitness refusals) {
        this.rounds = rounds;
        this.choices = choices;
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping("/payout-rounds")
    String list(@RequestParam(required = false) String term, Model model) {
        CurrentAccount account = accounts.current();
        Term chosen = BatchChoices.parseTerm(term);
        model.addAttribute("rounds", rounds.list(chosen, account.scope()));
        model.addAttribute("terms", choices.terms(chosen));
        model.addAttribute("term", chosen);
        model.addAttribute("mayManage", account.may(Permission.PAYOUT_MANAGE));
        return "payout-rounds/list";
    }

    @GetMapping("/payout-rounds/new")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String form(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) List<String> programme,
            @RequestParam(required = false) List<String> township,
            @RequestParam(required = false) String payDate,
            Model model) {
        Term chosen = BatchChoices.parseTerm(term);
        LocalDate date = BatchChoices.parseDate(payDate);
        if (chosen != null) {
            try {
                model.addAttribute(
                        "preview",
                        rounds.preview(chosen, listOf(programme), listOf(township), date, accounts.current()));
            } catch (BatchRefused refused) {
                refusals.saw(refused);
                model.addAttribute("problem", refused.getLocalizedMessage());
            }
        }
        model.addAttribute("payDate", date);
        return form(model, chosen, listOf(programme), listOf(township));
    }

    @PostMapping("/payout-rounds")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String create(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) List<String> programme,
            @RequestParam(required = false) List<String> township,
            @RequestParam(required = false) String payDate,
            Model model,
            RedirectAttributes redirect) {
        Term chosen = BatchChoices.parseTerm(term);
        LocalDate date = BatchChoices.parseDate(payDate);
        model.addAttribute("payDate", date);
        try {
            RoundView round = rounds.create(
                    chosen == null ? choices.currentTerm() : chosen,
                    listOf(programme),
                    listOf(township),
                    date,
                    accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    "已创建发放轮次 " + round.reference() + "：" + round.batches().size() + " 个银行批次，共 " + round.count() + " 笔，"
                            + round.amount().display() + " 元，请交由其他工作人员审核");
            return "redirect:/payout-rounds/" + round.id();
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            model.addAttribute("problem", refused.getLocalizedMessage());
            return form(model, chosen, listOf(programme), listOf(township));
        }
    }

    @GetMapping("/payout-rounds/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        RoundView round = rounds.get(id, account.scope());
        List<BatchView> awaiting = round.awaitingApproval();
        boolean maker = round.hasContributor(account.username());
        model.addAttribute("round", round);
        model.addAttribute("awaiting", awaiting);
        model.addAttribute(
                "awaitingCount",
                awaiting.stream().mapToLong(BatchView::controlCount).sum());
        model.addAttribute(
                "awaitingAmount",
                awaiting.stream().map(BatchView::controlAmount).reduce(Money.ZERO, Money::plus));
        model.addAttribute("mayReview", account.may(Permission.PAYOUT_APPROVE) && !maker && !awaiting.isEmpty());
        model.addAttribute(
                "mayResubmit",
                account.may(Permission.PAYOUT_MANAGE)
                        && maker
                        && !round.returned().isEmpty());
        model.addAttribute("makerNote", maker && !awaiting.isEmpty());
        return "payout-rounds/detail";
    }

    @PostMapping("/payout-rounds/{id}/approve")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return decided(id, redirect, () -> rounds.approve(id, accounts.current()), "已整轮审核通过，可按银行导出代发文件");
    }

    @PostMapping("/payout-rounds/{id}/reject")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    String reject(@PathVariable long id, @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return decided(id, redirect, () -> rounds.reject(id, opinion, accounts.current()), "已驳回，审核意见已通知编制人");
    }

    @PostMapping("/payout-rounds/{id}/resubmit")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String resubmit(@PathVariable long id, RedirectAttributes redirect) {
        return decided(id, redirect, () -> rounds.resubmit(id, accounts.current()), "已重新提交，等待其他工作人员审核");
    }

    @PostMapping("/payout-batches/{id}/reject")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    String rejectBatch(
            @PathVariable long id, @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        try {
            rounds.rejectBatch(id, opinion, accounts.current());
            redirect.addFlashAttribute("notice", "已驳回，审核意见已通知编制人");
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-batches/" + id;
    }

    @PostMapping("/payout-batches/{id}/resubmit")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    String resubmitBatch(@PathVariable long id, RedirectAttributes redirect) {
        try {
            rounds.resubmitBatch(id, accounts.current());
            redirect.addFlashAttribute("notice", "已重新提交，等待其他工作人员审核");
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-batches/" + id;
    }

    private String decided(long id, RedirectAttributes redirect, Supplier<RoundView> decision, String notice) {
        try {
            decision.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (BatchRefused refused) {
            refusals.saw(refused);
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/payout-rounds/" + id;
    }

    private String form(Model model, Term term, List<String> programmes, List<String> townships) {
        Term chosen = term != null ? term : choices.currentTerm();
        model.addAttribute("terms", choices.terms(chosen));
        model.addAttribute("term", chosen);
        model.addAttribute("townships", choices.townships(accounts.current().scope()));
        model.addAttribute("chosenTownships", townships);
        var offered = choices.programmes(chosen, accounts.current().scope());
        model.addAttribute("programmes", offered);
        model.addAttribute(
                "chosenProgrammes",
                term == null && programmes.isEmpty()
                        ? offered.stream().map(p -> p.code()).toList()
                        : programmes);
        return "payout-rounds/new";
    }

    private static List<String> listOf(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
