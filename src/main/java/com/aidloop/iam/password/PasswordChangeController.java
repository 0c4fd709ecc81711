package com.aidloop.iam.password;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.login.AccountPrincipal;
import com.aidloop.iam.login.SessionPrincipals;
import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every logged-in person's own password page, where a forced change also lands. */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

    private static final String PAGE = "iam/password";

    private final OwnPasswordChange passwordChange;
    private final CurrentAccounts currentAccounts;
    private final SessionPrincipals sessions;

    PasswordChangeController(
            OwnPasswordChange passwordChange, CurrentAccounts currentAccounts, SessionPrincipals sessions) {
        this.passwordChange = passwordChange;
        this.currentAccounts = currentAccounts;
        this.sessions = sessions;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("mustChange", principal != null && principal.mustChangePassword());
        return PAGE;
    }

    /** A changed password ends every other page session of the account; this one stays, under a new id. */
    @PostMapping
    String change(
            @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        long accountId = currentAccounts.current().id();
        List<OwnPasswordChange.Problem> problems = passwordChange.change(
                accountId, form.getOldPassword(), form.getNewPassword(), form.getRepeatPassword());
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.rejectValue(
                    p.field(),
                    p.decision().code(),
                    p.decision().args().toArray(),
                    p.decision().reason()));
            form.clear();
            return PAGE;
        }
        sessions.keepAfterPasswordChange(accountId, request, response);
        redirect.addFlashAttribute("notice", Messages.format("password.changed"));
        return "redirect:/account/password";
    }

    /** The password form as the browser sends it. */
    public static class PasswordForm {

        private String oldPassword;
        private String newPassword;
        private String repeatPassword;

        void clear() {
            oldPassword = null;
            newPassword = null;
            repeatPassword = null;
        }

        public String getOldPassword() {
            return oldPassword;
        }

        public void setOldPassword(String oldPassword) {
            this.oldPassword = oldPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }
}
