package com.aidloop.school.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolAccount;
import com.aidloop.school.SchoolAccounts;
import com.aidloop.school.SchoolChangedMeanwhile;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.school.SchoolSearch;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The school pages: list with search, detail, and the form to open or revise a school. */
@Controller
@RequestMapping("/schools")
@PreAuthorize("hasAuthority('SCHOOL_VIEW')")
class SchoolPages {

    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final CurrentAccounts accounts;
    private final RefusalWitness refusals;
    private final SchoolAccounts bankAccounts;

    SchoolPages(
            SchoolManagement schools,
            RegionManagement regions,
            CurrentAccounts accounts,
            RefusalWitness refusals,
            SchoolAccounts bankAccounts) {
        this.bankAccounts = bankAccounts;
        this.schools = schools;
        this.regions = regions;
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("ownerships", Ownership.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        SchoolSearch search = new SchoolSearch(q, region, stageOrNull(stage));
        Paged<SchoolView> result = schools.search(search, scope(), Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", search.q());
        query.put("region", search.regionCode());
        query.put("stage", search.stage() == null ? null : search.stage().name());
        model.addAttribute("search", search);
        model.addAttribute("result", result);
        model.addAttribute("links", new PageLinks(result, "/schools", query));
        model.addAttribute(
                "townshipNames",
                regions.namesOf(
                        result.content().stream().map(SchoolView::townshipCode).toList()));
        return "schools/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        SchoolView school = schools.find(id, scope()).orElseThrow(() -> new SchoolNotFound(id));
        model.addAttribute("school", school);
        model.addAttribute(
                "place",
                regions.find(school.townshipCode())
                        .map(r -> regions.fullName(r.code()))
                        .orElse(school.townshipCode()));
        model.addAttribute("bankAccount", bankAccounts.of(id, scope()).orElse(null));
        return "schools/detail";
    }

    /** 收款账户: records the account transfers to the school are paid into. */
    @PostMapping("/{id}/bank-account")
    @PreAuthorize("hasAuthority('SCHOOL_EDIT')")
    String setBankAccount(
            @PathVariable long id,
            @RequestParam(required = false) String accountName,
            @RequestParam(required = false) String bank,
            @RequestParam(required = false) String accountNumber,
            RedirectAttributes redirect) {
        try {
            SchoolAccount saved = bankAccounts.set(id, accountName, bank, accountNumber, accounts.current());
            redirect.addFlashAttribute("notice", "已保存收款账户：" + saved.accountName() + " " + saved.numberMasked());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(
                    "accountErrors", invalid.sentencesByField().values());
        }
        return "redirect:/schools/" + id;
    }

    /** 查看完整号码: the detail page with the whole contact phone, audited. */
    @PostMapping("/{id}/contact-phone")
    String revealPhone(@PathVariable long id, Model model) {
        detail(id, model);
        model.addAttribute(
                "revealedPhone", schools.revealContactPhone(id, scope()).orElse(null));
        return "schools/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('SCHOOL_EDIT')")
    String newForm(Model model) {
        SchoolForm form = new SchoolForm();
        form.setTownshipCode(scope().regionPrefix());
        return form(model, form, null, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCHOOL_EDIT')")
    String open(@ModelAttribute("form") SchoolForm form, Model model, RedirectAttributes redirect) {
        try {
            SchoolView school = schools.open(form.toInput(), scope());
            redirect.addFlashAttribute("notice", "学校已新增");
            return "redirect:/schools/" + school.id();
        } catch (InvalidInput invalid) {
            return form(model, form, null, invalid.sentencesByField());
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('SCHOOL_EDIT')")
    String editForm(@PathVariable long id, Model model) {
        SchoolView school = schools.find(id, scope()).orElseThrow(() -> new SchoolNotFound(id));
        return form(model, SchoolForm.of(school), school, Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('SCHOOL_EDIT')")
    String revise(
            @PathVariable long id, @ModelAttribute("form") SchoolForm form, Model model, RedirectAttributes redirect) {
        SchoolView school = schools.find(id, scope()).orElseThrow(() -> new SchoolNotFound(id));
        try {
            schools.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput(), scope());
            redirect.addFlashAttribute("notice", "学校信息已保存");
            return "redirect:/schools/" + id;
        } catch (InvalidInput invalid) {
            return form(model, form, school, invalid.sentencesByField());
        } catch (SchoolChangedMeanwhile conflict) {
            refusals.saw(conflict);
            model.addAttribute("conflict", Messages.format("school.changedMeanwhile"));
            return form(model, form, school, Map.of());
        }
    }

    private String form(Model model, SchoolForm form, SchoolView school, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("school", school);
        model.addAttribute("errors", errors);
        String prefix = scope().regionPrefix();
        model.addAttribute(
                "townships",
                prefix == null || prefix.length() < 6
                        ? List.of()
                        : regions.children(prefix.substring(0, 6)).stream()
                                .filter(t -> t.code().startsWith(prefix))
                                .toList());
        return "schools/form";
    }

    private DataScope scope() {
        return accounts.current().scope();
    }

    private static Stage stageOrNull(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Stage.parse(raw);
        } catch (InvalidValue unknown) {
            return null;
        }
    }
}
