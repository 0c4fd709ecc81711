package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.CatalogueChangeView;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ChangeKind;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeChannel;
import com.aidloop.programme.ProgrammeDetail;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.programme.QuotaImport;
import com.aidloop.programme.QuotaImportRefused;
import com.aidloop.programme.SchoolQuota;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paying rules on pages (发放规则): a programme's funding shares and payout schedule with their
 * history, the groups of exclusive programmes, and the school quotas and budgets of a term and
 * programme for the schools in the caller's scope. Reading is open to every business role inside
 * its scope, every edit needs PROGRAMME_EDIT and the level that keeps the programme or group; a
 * new exclusion group and the removal of one wait for a second person's approval.
 */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','PROGRAMME_EDIT')")
class PayingRulePages {

    private final PayingRules rules;
    private final PayingRulesManagement management;
    private final ProgrammeCatalogue catalogue;
    private final SchoolManagement schools;
    private final CurrentAccounts accounts;
    private final QuotaImport quotaImport;
    private final CatalogueChanges changes;

    PayingRulePages(
            PayingRules rules,
            PayingRulesManagement management,
            ProgrammeCatalogue catalogue,
            SchoolManagement schools,
            CurrentAccounts accounts,
            QuotaImport quotaImport,
            CatalogueChanges changes) {
        this.quotaImport = quotaImport;
        this.changes = changes;
        this.rules = rules;
        this.management = management;
        this.catalogue = catalogue;
        this.schools = schools;
        this.accounts = accounts;
    }

    @GetMapping("/{code}/paying-rules")
    String payingRules(@PathVariable String code, @RequestParam(required = false) String term, Model model) {
        CurrentAccount account = accounts.current();
        ProgrammeDetail detail = catalogue.detail(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        Term wanted = PageChoices.termOr(term, catalogue.currentTerm());
        model.addAttribute("programme", detail.programme());
        model.addAttribute("term", wanted);
        model.addAttribute("terms", PageChoices.terms(catalogue.currentTerm()));
        model.addAttribute("shares", rules.sharesFor(code, wanted).orElse(null));
        model.addAttribute("schedule", rules.scheduleFor(code, wanted));
        model.addAttribute("shareHistory", rules.shareHistory(code));
        model.addAttribute("scheduleHistory", rules.scheduleHistory(code));
        model.addAttribute("channel", rules.channelFor(code, wanted));
        model.addAttribute("channelHistory", rules.channelHistory(code));
        model.addAttribute("channels", PaymentChannel.values());
        Map<String, String> names =
                namesOf(catalogue.asOf(wanted, account.scope()).programmes());
        model.addAttribute("mayChange", detail.programme().owner().changeableFrom(account.regionCode()));
        model.addAttribute(
                "exclusiveWith",
                rules.exclusiveWith(code, account.scope()).stream()
                        .map(c -> names.getOrDefault(c, c))
                        .sorted()
                        .toList());
        model.addAttribute("sources", FundingShares.SOURCES);
        model.addAttribute("modes", PayoutSchedule.Mode.values());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "programmes/paying-rules";
    }

    @PostMapping("/{code}/funding-shares")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String recordShares(
            @PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            FundingShares s = management.recordShares(
                    code, form.get("validFrom"), form, form.get("note"), form.get("source"), accounts.current());
            redirect.addFlashAttribute("notice", "已保存资金分担：自" + s.validFrom().label() + "起 " + s.describe());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
            redirect.addFlashAttribute("sharesForm", form);
        }
        return "redirect:/programmes/" + code + "/paying-rules";
    }

    @PostMapping("/{code}/payout-schedules")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String recordSchedule(
            @PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            PayoutSchedule s = management.recordSchedule(
                    code,
                    form.get("validFrom"),
                    form.get("mode"),
                    form.get("months"),
                    form.get("note"),
                    form.get("source"),
                    accounts.current());
            redirect.addFlashAttribute("notice", "已保存发放方式：自" + s.validFrom().label() + "起" + s.describe());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
        }
        return "redirect:/programmes/" + code + "/paying-rules";
    }

    @PostMapping("/{code}/payment-channels")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String recordChannel(
            @PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            ProgrammeChannel c = management.recordChannel(
                    code,
                    form.get("validFrom"),
                    form.get("channel"),
                    form.get("note"),
                    form.get("source"),
                    accounts.current());
            redirect.addFlashAttribute("notice", "已保存发放渠道：自" + c.validFrom().label() + "起" + c.describe());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
        }
        return "redirect:/programmes/" + code + "/paying-rules";
    }

    @GetMapping("/exclusions")
    String exclusions(Model model) {
        CurrentAccount account = accounts.current();
        List<ProgrammeInForce> programmes =
                catalogue.asOf(catalogue.currentTerm(), account.scope()).programmes();
        List<CatalogueChangeView> pending = changes.pending(account.scope(), null).stream()
                .filter(c -> c.kind() != ChangeKind.STANDARD)
                .toList();
        model.addAttribute("exclusions", rules.exclusions(account.scope()));
        model.addAttribute("pending", pending);
        model.addAttribute(
                "pendingRemovals",
                pending.stream().map(CatalogueChangeView::exclusionId).toList());
        model.addAttribute("programmes", programmes);
        model.addAttribute("programmeNames", namesOf(programmes));
        model.addAttribute("account", account);
        model.addAttribute("back", "/programmes/exclusions");
        model.addAttribute("nationalChoice", CatalogueOwner.NATIONAL.changeableFrom(account.regionCode()));
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "programmes/exclusions";
    }

    @PostMapping("/exclusions")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String addExclusion(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> programmes,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String owner,
            RedirectAttributes redirect) {
        try {
            CatalogueChangeView proposed =
                    changes.proposeExclusion(owner, name, programmes, note, source, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("programme.change.proposed", proposed.summary()));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.sentencesByField());
        }
        return "redirect:/programmes/exclusions";
    }

    @PostMapping("/exclusions/{id}/remove")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String removeExclusion(@PathVariable long id, RedirectAttributes redirect) {
        CatalogueChangeView proposed = changes.proposeRemoval(id, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("programme.change.proposed", proposed.summary()));
        return "redirect:/programmes/exclusions";
    }

    @GetMapping("/quotas")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String quotas(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String programme,
            Model model) {
        Term wanted = PageChoices.termOr(term, catalogue.currentTerm());
        Catalogue snapshot = catalogue.asOf(wanted, accounts.current().scope());
        List<ProgrammeInForce> paying = snapshot.programmes().stream()
                .filter(ProgrammeInForce::paysThisTerm)
                .toList();
        String chosen = programme != null && snapshot.programme(programme).isPresent()
                ? programme
                : paying.isEmpty() ? null : paying.getFirst().code();
        List<SchoolView> inScope = schools.choices(accounts.current().scope());
        Map<Long, SchoolQuota> quotas = new HashMap<>();
        rules.quotas(wanted, inScope.stream().map(SchoolView::id).toList()).stream()
                .filter(q -> q.programmeCode().equals(chosen))
                .forEach(q -> quotas.put(q.schoolId(), q));
        model.addAttribute("term", wanted);
        model.addAttribute("terms", PageChoices.terms(catalogue.currentTerm()));
        model.addAttribute("programmes", paying);
        model.addAttribute("programme", chosen);
        model.addAttribute("schools", inScope);
        model.addAttribute("quotas", quotas);
        return "programmes/quotas";
    }

    @PostMapping("/quotas")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String setQuota(
            @RequestParam long schoolId,
            @RequestParam String programme,
            @RequestParam String term,
            @RequestParam(required = false) String quota,
            @RequestParam(required = false) String budget,
            RedirectAttributes redirect) {
        try {
            management.setQuota(
                    schoolId, programme, term, quota, budget, accounts.current().scope());
            redirect.addFlashAttribute("notice", "已保存名额和预算");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(
                    "problem", String.join("；", invalid.sentencesByField().values()));
        }
        return "redirect:/programmes/quotas?term=" + term + "&programme=" + programme;
    }

    @PostMapping("/quotas/import")
    @PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
    String importQuotas(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String programme,
            RedirectAttributes redirect)
            throws IOException {
        String back = "redirect:/programmes/quotas" + (term == null ? "" : "?term=" + term + "&programme=" + programme);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", Messages.format("paying.import.fileRequired"));
            return back;
        }
        Path temporary = Files.createTempFile("quotas", ".upload");
        try {
            file.transferTo(temporary);
            int saved = quotaImport.importFile(
                    temporary, file.getOriginalFilename(), accounts.current().scope());
            redirect.addFlashAttribute("notice", "已导入名额和预算" + saved + "条");
        } catch (QuotaImportRefused refused) {
            redirect.addFlashAttribute("importProblems", refused.sentences());
        } finally {
            Files.deleteIfExists(temporary);
        }
        return back;
    }

    /** Programme names by code, for pages that list codes. */
    private static Map<String, String> namesOf(List<ProgrammeInForce> programmes) {
        return programmes.stream()
                .collect(Collectors.toMap(
                        ProgrammeInForce::code, p -> p.programme().displayName(), (a, b) -> a));
    }
}
