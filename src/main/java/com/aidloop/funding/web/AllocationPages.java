package com.aidloop.funding.web;

import com.aidloop.funding.FundAllocation;
import com.aidloop.funding.FundAllocations;
import com.aidloop.funding.FundingSource;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of allocated money (资金下达登记): a term's entries and reversals for readers of
 * payouts, and for county payout staff the form to enter a budget notice and the reversal of a
 * wrong entry (冲销), never an edit.
 */
@Controller
class AllocationPages {

    private final FundingScopes scopes;
    private final FundAllocations allocations;
    private final ProgrammeCatalogue catalogue;
    private final CurrentAccounts accounts;

    AllocationPages(
            FundingScopes scopes, FundAllocations allocations, ProgrammeCatalogue catalogue, CurrentAccounts accounts) {
        this.scopes = scopes;
        this.allocations = allocations;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @GetMapping("/fund-allocations")
    String page(@RequestParam(required = false) String term, Model model) {
        DataScope scope = scopes.of(null);
        Term chosen = scopes.term(term);
        CurrentAccount account = accounts.current();
        List<ProgrammeInForce> programmes = catalogue.asOf(chosen, scope).programmes();
        Map<String, String> names = programmes.stream()
                .collect(Collectors.toMap(
                        ProgrammeInForce::code, p -> p.programme().displayName(), (a, b) -> a));
        List<FundAllocation> entries = allocations.ofTerm(chosen, scope);
        model.addAttribute("entries", entries);
        model.addAttribute("names", names);
        model.addAttribute("programmes", programmes);
        model.addAttribute("sources", FundingSource.ALLOCATABLE);
        model.addAttribute("term", chosen);
        model.addAttribute("terms", scopes.terms(chosen));
        model.addAttribute("today", scopes.today());
        model.addAttribute("mayRecord", FundAllocations.mayRecord(account));
        model.addAttribute(
                "standing",
                entries.stream()
                        .filter(FundAllocation::standing)
                        .map(FundAllocation::amount)
                        .reduce(Money.ZERO, Money::plus));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "funding/allocations";
    }

    @PostMapping("/fund-allocations")
    String record(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            FundAllocation entry = allocations.record(
                    form.get("programme"),
                    form.get("term"),
                    form.get("source"),
                    form.get("amount"),
                    form.get("documentNo"),
                    form.get("receivedOn"),
                    form.get("note"),
                    accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    "已登记：" + entry.source().label() + "资金" + entry.amount().display() + "元，文号" + entry.documentNo());
            return "redirect:/fund-allocations?term=" + entry.term().code();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
            redirect.addFlashAttribute("form", form);
            return "redirect:/fund-allocations?term="
                    + Term.parseOr(form.get("term"), scopes.term(null)).code();
        }
    }

    @PostMapping("/fund-allocations/{id}/reverse")
    String reverse(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String term,
            RedirectAttributes redirect) {
        try {
            FundAllocation reversal = allocations.reverse(id, reason, accounts.current());
            redirect.addFlashAttribute(
                    "notice", "已冲销登记" + id + "：" + reversal.amount().display() + "元");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
        }
        return "redirect:/fund-allocations?term=" + scopes.term(term).code();
    }
}
