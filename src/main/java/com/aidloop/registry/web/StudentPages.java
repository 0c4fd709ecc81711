package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Permission;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.registry.IdNumberAlreadyRegistered;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentChangedMeanwhile;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.registry.StudentView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student pages: the list with its region/school tree and search, the detail page with the
 * audited reveal, and the one form for a student, the household and the aid card.
 */
@Controller
@RequestMapping("/students")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
class StudentPages {

    private final RegistryManagement registry;
    private final CurrentAccounts accounts;
    private final FormChoices choices;
    private final RefusalWitness refusals;

    StudentPages(RegistryManagement registry, CurrentAccounts accounts, FormChoices choices, RefusalWitness refusals) {
        this.registry = registry;
        this.accounts = accounts;
        this.choices = choices;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@ModelAttribute("search") SearchForm form, Model model) {
        DataScope scope = scope();
        StudentSearch search = form.toSearch();
        Paged<StudentRow> result = registry.search(search, scope, Paging.of(form.getPage(), form.getSize()));
        Map<String, String> query = new LinkedHashMap<>(form.query());
        model.addAttribute("result", result);
        model.addAttribute("links", new PageLinks(result, "/students", query));
        model.addAttribute("schools", choices.schools(scope));
        choices.treeRoot(scope).ifPresent(root -> {
            model.addAttribute("treeRoot", root);
            model.addAttribute("children", choices.children(root));
        });
        model.addAttribute("regionName", choices.name(search.region()));
        return "students/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model);
    }

    /** 查看完整信息: audited; answered with the fragment for htmx, or the whole page without it. */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAuthority('STUDENT_REVEAL')")
    String reveal(
            @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("revealed", registry.reveal(id, scope()));
        if (htmx != null) {
            return "students/detail :: revealed";
        }
        return detailPage(id, model);
    }

    /** The student, and whether this account may decide a pending card change someone else asked for. */
    private String detailPage(long id, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("student", registry.find(id, account.scope()).orElseThrow(() -> new StudentNotFound(id)));
        model.addAttribute("mayDecideCard", account.may(Permission.AID_CARD_APPROVE));
        model.addAttribute("me", account.username());
        return "students/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    String newForm(Model model) {
        StudentForm form = new StudentForm();
        DataScope scope = scope();
        form.setSchoolId(scope.schoolId());
        return form(model, form.withSpareRows(), null, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    String register(@ModelAttribute("form") StudentForm form, Model model, RedirectAttributes redirect) {
        try {
            StudentView student = registry.register(form.toInput(), scope());
            redirect.addFlashAttribute("notice", "学生信息已登记");
            return "redirect:/students/" + student.id();
        } catch (InvalidInput invalid) {
            refused(model, invalid);
            return form(model, form.withSpareRows(), null, StudentFormErrors.byFormField(invalid, form.filledRows()));
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    String editForm(@PathVariable long id, Model model) {
        StudentView student = registry.find(id, scope()).orElseThrow(() -> new StudentNotFound(id));
        return form(model, StudentForm.of(student).withSpareRows(), student, Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('STUDENT_EDIT')")
    String revise(
            @PathVariable long id, @ModelAttribute("form") StudentForm form, Model model, RedirectAttributes redirect) {
        StudentView student = registry.find(id, scope()).orElseThrow(() -> new StudentNotFound(id));
        try {
            StudentView saved =
                    registry.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput(), scope());
            boolean cardAsked = saved.pendingCardChange() != null
                    && (student.pendingCardChange() == null
                            || student.pendingCardChange().id()
                                    != saved.pendingCardChange().id());
            redirect.addFlashAttribute(
                    "notice", "学生信息已保存" + (cardAsked ? "；" + Messages.format("cardChange.pendingNotice") : ""));
            return "redirect:/students/" + id;
        } catch (InvalidInput invalid) {
            refused(model, invalid);
            return form(
                    model, form.withSpareRows(), student, StudentFormErrors.byFormField(invalid, form.filledRows()));
        } catch (StudentChangedMeanwhile conflict) {
            refusals.saw(conflict);
            model.addAttribute("conflict", Messages.format("student.changedMeanwhile"));
            return form(model, form.withSpareRows(), student, Map.of());
        }
    }

    /** The village suggestions of a township, fetched by htmx when the township changes. */
    @GetMapping("/village-options")
    String villageOptions(@RequestParam(required = false) String householdTownship, Model model) {
        model.addAttribute("villages", choices.villages(householdTownship));
        return "students/form :: village-options";
    }

    private static void refused(Model model, InvalidInput invalid) {
        if (invalid instanceof IdNumberAlreadyRegistered registered) {
            registered.existingStudentId().ifPresent(existing -> model.addAttribute("existingStudentId", existing));
        }
    }

    private String form(Model model, StudentForm form, StudentView student, Map<String, String> errors) {
        DataScope scope = scope();
        model.addAttribute("form", form);
        model.addAttribute("student", student);
        model.addAttribute("errors", errors);
        model.addAttribute("schools", choices.schools(scope));
        choices.addFormChoices(model, scope, form.getHouseholdTownship());
        return "students/form";
    }

    private DataScope scope() {
        return accounts.current().scope();
    }
}
