package com.aidloop.iam.secondfactor;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.Username;
import com.aidloop.iam.login.AccountPrincipal;
import com.aidloop.iam.login.LoginAttempts;
import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 二次验证 pages: typing the app's code to finish a login, and enrolling an app on one's own
 * account. Wrong codes count as failed logins, so guessing codes is slowed like guessing passwords.
 */
@Controller
class SecondFactorController {

    private final SecondFactors factors;
    private final LoginAttempts attempts;
    private final AuditTrail audit;

    SecondFactorController(SecondFactors factors, LoginAttempts attempts, AuditTrail audit) {
        this.factors = factors;
        this.attempts = attempts;
        this.audit = audit;
    }

    @GetMapping(SecondFactorGate.LOGIN_PAGE)
    String codeForm(HttpServletRequest request) {
        return SecondFactorGate.pending(request) ? "iam/second-factor-login" : "redirect:/";
    }

    @PostMapping(SecondFactorGate.LOGIN_PAGE)
    String checkCode(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model) {
        if (!SecondFactorGate.pending(request)) {
            return "redirect:/";
        }
        String key = Username.key(principal.getUsername());
        String address = request.getRemoteAddr();
        boolean slowed = attempts.isLocked(key, address);
        if (slowed || !factors.verify(principal.id(), code)) {
            if (!slowed) {
                attempts.recordFailure(key, address);
            }
            audit.record(AuditRecord.of(
                    "LOGIN_FAILURE", "account", principal.id(), Messages.format("secondFactor.audit.wrongCode")));
            model.addAttribute("error", Messages.format("secondFactor.wrongCode"));
            return "iam/second-factor-login";
        }
        attempts.forgetAfterSuccess(key, address);
        HttpSession session = request.getSession();
        session.removeAttribute(SecondFactorGate.PENDING);
        request.changeSessionId();
        audit.record(AuditRecord.of(
                "LOGIN_SUCCESS", "account", principal.id(), Messages.format("secondFactor.audit.passed")));
        return "redirect:/";
    }

    @GetMapping(SecondFactorGate.ENROL_PAGE)
    String enrolment(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request, Model model) {
        model.addAttribute("enrolled", factors.isEnrolled(principal.id()));
        model.addAttribute("required", request.getSession().getAttribute(SecondFactorGate.ENROL_REQUIRED) != null);
        factors.enrolment(principal.id(), principal.getUsername()).ifPresent(e -> model.addAttribute("enrolment", e));
        return "iam/second-factor";
    }

    @PostMapping(SecondFactorGate.ENROL_PAGE)
    String confirm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!factors.confirm(principal.id(), code)) {
            model.addAttribute("enrolled", false);
            model.addAttribute("error", Messages.format("secondFactor.wrongCode"));
            factors.enrolment(principal.id(), principal.getUsername())
                    .ifPresent(e -> model.addAttribute("enrolment", e));
            return "iam/second-factor";
        }
        request.getSession().removeAttribute(SecondFactorGate.ENROL_REQUIRED);
        redirect.addFlashAttribute("notice", Messages.format("secondFactor.enrolled"));
        return "redirect:" + SecondFactorGate.ENROL_PAGE;
    }
}
