package com.aidloop.iam.admin;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.Account;
import com.aidloop.iam.secondfactor.SecondFactors;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.Messages;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security admin's account pages (账号管理). */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_ADMIN')")
class AccountAdminController {

    private static final String FORM = "iam/accounts/form";
    private static final String LIST = "redirect:/admin/accounts";

    private final AccountAdministration administration;
    private final CurrentAccounts currentAccounts;
    private final SecondFactors secondFactors;
    private final RefusalWitness refusals;

    AccountAdminController(
            AccountAdministration administration,
            CurrentAccounts currentAccounts,
            SecondFactors secondFactors,
            RefusalWitness refusals) {
        this.administration = administration;
        this.currentAccounts = currentAccounts;
        this.secondFactors = secondFactors;
        this.refusals = refusals;
    }

    @ModelAttribute("adminRoles")
    List<Role> adminRoles() {
        return Arrays.stream(Role.values()).filter(Role::isSeparatedAdmin).toList();
    }

    @ModelAttribute("businessRoles")
    List<Role> businessRoles() {
        return Arrays.stream(Role.values())
                .filter(role -> !role.isSeparatedAdmin() && role.forAccounts())
                .toList();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", administration.list(q, page, size));
        model.addAttribute("selfId", currentAccounts.current().id());
        return "iam/accounts/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("account", new AccountForm());
        model.addAttribute("creating", true);
        return FORM;
    }

    @PostMapping
    String open(
            @ModelAttribute("account") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            administration.open(form.getUsername(), form.draft(), form.getPassword());
        } catch (AccountRuleBroken broken) {
            refusals.saw(broken);
            RuleFields.reject(errors, broken);
            form.setPassword(null);
            model.addAttribute("creating", true);
            return FORM;
        }
        redirect.addFlashAttribute(
                "notice", Messages.format("account.created", form.getUsername().strip()));
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("account", AccountForm.of(administration.get(id)));
        model.addAttribute("accountId", id);
        model.addAttribute("creating", false);
        return FORM;
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute("account") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Account account = administration.get(id);
        try {
            administration.change(currentAccounts.current().id(), id, form.getVersion(), form.draft());
        } catch (AccountRuleBroken broken) {
            refusals.saw(broken);
            RuleFields.reject(errors, broken);
            form.setUsername(account.username().value());
            model.addAttribute("accountId", id);
            model.addAttribute("creating", false);
            return FORM;
        }
        redirect.addFlashAttribute("notice", Messages.format("account.updated", account.username()));
        return LIST;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.enabled", () -> administration.enable(id));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "account.disabled",
                () -> administration.disable(currentAccounts.current().id(), id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.unlocked", () -> administration.unlock(id));
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "account.secondFactorReset",
                () -> secondFactors.reset(id, administration.get(id).username().value()));
    }

    @GetMapping("/{id}/password")
    String resetForm(@PathVariable long id, Model model) {
        model.addAttribute("account", AccountForm.of(administration.get(id)));
        model.addAttribute("accountId", id);
        return "iam/accounts/password";
    }

    @PostMapping("/{id}/password")
    String reset(
            @PathVariable long id,
            @ModelAttribute("account") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Account account = administration.get(id);
        try {
            administration.resetPassword(id, form.getPassword());
        } catch (AccountRuleBroken broken) {
            refusals.saw(broken);
            errors.rejectValue("password", broken.code(), broken.args(), broken.getLocalizedMessage());
            form.setUsername(account.username().value());
            form.setDisplayName(account.displayName());
            form.setPassword(null);
            model.addAttribute("accountId", id);
            return "iam/accounts/password";
        }
        redirect.addFlashAttribute("notice", Messages.format("account.passwordReset", account.username()));
        return LIST;
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        Account account = administration.get(id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", Messages.format(notice, account.username()));
        } catch (AccountRuleBroken broken) {
            refusals.saw(broken);
            redirect.addFlashAttribute("problem", broken.getLocalizedMessage());
        }
        return LIST;
    }
}
