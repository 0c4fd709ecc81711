package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.programme.CatalogueChangeView;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.FundingLevel;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeChangedMeanwhile;
import com.aidloop.programme.ProgrammeDetail;
import com.aidloop.programme.ProgrammeKind;
import com.aidloop.programme.ProgrammeManagement;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.programme.ProgrammeView;
import com.aidloop.programme.Semesters;
import com.aidloop.programme.Tier;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's editing forms: add or describe a programme, propose a standard (it takes effect
 * when a second person approves it), deactivate. A programme the account does not see is 404;
 * one of another level (a national programme for county staff) is 403 with who keeps it.
 */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
class ProgrammeEditing {

    private final ProgrammeManagement management;
    private final ProgrammeCatalogue catalogue;
    private final CatalogueChanges changes;
    private final CurrentAccounts accounts;
    private final OwnerNames owners;
    private final RefusalWitness refusals;

    ProgrammeEditing(
            ProgrammeManagement management,
            ProgrammeCatalogue catalogue,
            CatalogueChanges changes,
            CurrentAccounts accounts,
            OwnerNames owners,
            RefusalWitness refusals) {
        this.management = management;
        this.catalogue = catalogue;
        this.changes = changes;
        this.accounts = accounts;
        this.owners = owners;
        this.refusals = refusals;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("levels", FundingLevel.values());
        model.addAttribute("semesterChoices", Semesters.values());
        model.addAttribute("terms", PageChoices.terms(catalogue.currentTerm()));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        ProgrammeForm form = new ProgrammeForm();
        form.setFirstTerm(catalogue.currentTerm().code());
        return programmeForm(model, form, null, Map.of());
    }

    @PostMapping
    String open(@ModelAttribute("form") ProgrammeForm form, Model model, RedirectAttributes redirect) {
        try {
            CurrentAccount account = accounts.current();
            ProgrammeView programme = management.open(
                    form.toInput(), CatalogueOwner.chosen(form.getOwner(), account.regionCode()), account);
            redirect.addFlashAttribute("notice", "资助项目已新增，请继续新增资助标准");
            return "redirect:/programmes/" + programme.code();
        } catch (InvalidInput invalid) {
            return programmeForm(model, form, null, invalid.sentencesByField());
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        ProgrammeView programme = changeable(code).programme();
        return programmeForm(model, ProgrammeForm.of(programme), programme, Map.of());
    }

    @PostMapping("/{code}")
    String revise(
            @PathVariable String code,
            @ModelAttribute("form") ProgrammeForm form,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = changeable(code).programme();
        try {
            management.revise(code, version(form.getVersion()), form.toInput(), accounts.current());
            redirect.addFlashAttribute("notice", "资助项目已保存");
            return "redirect:/programmes/" + code;
        } catch (InvalidInput invalid) {
            return programmeForm(model, form, programme, invalid.sentencesByField());
        } catch (ProgrammeChangedMeanwhile conflict) {
            refusals.saw(conflict);
            model.addAttribute("conflict", Messages.format("programme.changedMeanwhile"));
            return programmeForm(model, form, programme, Map.of());
        }
    }

    @GetMapping("/{code}/standards/new")
    String newStandard(@PathVariable String code, @RequestParam(required = false) String tier, Model model) {
        ProgrammeDetail detail = changeable(code);
        StandardForm form = new StandardForm();
        form.setTier(tier);
        ProgrammeView programme = detail.programme();
        form.setValidFrom(
                detail.history().isEmpty()
                        ? programme.firstTerm().code()
                        : catalogue.currentTerm().next().code());
        form.setVersion(detail.programme().version());
        return standardForm(model, form, detail, Map.of());
    }

    @PostMapping("/{code}/standards")
    String recordStandard(
            @PathVariable String code,
            @ModelAttribute("form") StandardForm form,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeDetail detail = changeable(code);
        try {
            CatalogueChangeView proposed =
                    changes.proposeStandard(code, version(form.getVersion()), form.toInput(), accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("programme.change.proposed", proposed.summary()));
            return "redirect:/programmes/" + code + "?term="
                    + proposed.validFrom().code();
        } catch (InvalidInput invalid) {
            return standardForm(model, form, detail, invalid.sentencesByField());
        } catch (ProgrammeChangedMeanwhile conflict) {
            refusals.saw(conflict);
            model.addAttribute("conflict", Messages.format("programme.changedMeanwhile"));
            return standardForm(model, form, detail, Map.of());
        }
    }

    @GetMapping("/{code}/deactivate")
    String deactivateForm(@PathVariable String code, Model model) {
        ProgrammeView programme = changeable(code).programme();
        model.addAttribute("programme", programme);
        model.addAttribute("from", catalogue.currentTerm().next().code());
        model.addAttribute("errors", Map.of());
        return "programmes/deactivate";
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = changeable(code).programme();
        try {
            management.deactivate(code, version(version), from, accounts.current());
            redirect.addFlashAttribute("notice", "资助项目已停用");
            return "redirect:/programmes/" + code;
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", invalid.sentencesByField());
        } catch (ProgrammeChangedMeanwhile conflict) {
            refusals.saw(conflict);
            model.addAttribute("errors", Map.of());
            model.addAttribute("conflict", Messages.format("programme.changedMeanwhile"));
        }
        model.addAttribute("programme", programme);
        model.addAttribute("from", from);
        return "programmes/deactivate";
    }

    /** The programme if the account sees it (else 404) and may change it (else 403, saying who keeps it). */
    private ProgrammeDetail changeable(String code) {
        CurrentAccount account = accounts.current();
        ProgrammeDetail detail = catalogue.detail(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        detail.programme().owner().requireChangeableBy(account);
        return detail;
    }

    private static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private String programmeForm(Model model, ProgrammeForm form, ProgrammeView programme, Map<String, String> errors) {
        CurrentAccount account = accounts.current();
        Map<String, String> ownerChoices = new LinkedHashMap<>();
        if (account.regionCode() != null && account.regionCode().matches("\\d{2}|\\d{6}")) {
            ownerChoices.put("", owners.of(new CatalogueOwner(account.regionCode())));
        }
        if (CatalogueOwner.NATIONAL.changeableFrom(account.regionCode())) {
            ownerChoices.put("NATIONAL", owners.of(CatalogueOwner.NATIONAL));
        }
        model.addAttribute("ownerChoices", ownerChoices);
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("errors", errors);
        return "programmes/form";
    }

    private String standardForm(Model model, StandardForm form, ProgrammeDetail detail, Map<String, String> errors) {
        Set<String> tierChoices = new LinkedHashSet<>();
        detail.history().stream().map(s -> s.tier().label()).forEach(tierChoices::add);
        List.of(Tier.STANDARD, Tier.numbered(1), Tier.numbered(2), Tier.numbered(3), Tier.BOARDER, Tier.NON_BOARDER)
                .forEach(t -> tierChoices.add(t.label()));
        model.addAttribute("form", form);
        model.addAttribute("detail", detail);
        model.addAttribute("programme", detail.programme());
        model.addAttribute("tierChoices", tierChoices);
        model.addAttribute("errors", errors);
        return "programmes/standard-form";
    }
}
