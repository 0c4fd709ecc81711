package com.aidloop.iam.family;

import com.aidloop.iam.FamilyDemo;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's door, for a phone (390 px, one column, no pop-ups): the number, then the SMS code;
 * or an invitation slip's code with a number, then the SMS code. The number waits in the session
 * sealed between the two steps; a login starts a new session id.
 */
@Controller
class FamilyLoginPages {

    static final String PHONE = "aidloop.family.phone";

    private final FamilyLogin login;
    private final FamilyDemo demo;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    FamilyLoginPages(FamilyLogin login, FamilyDemo demo) {
        this.login = login;
        this.demo = demo;
    }

    @GetMapping("/family/login")
    String loginPage(Model model) {
        demo.phone().ifPresent(phone -> model.addAttribute("demoPhone", phone.value()));
        return "family/login";
    }

    @PostMapping("/family/login")
    String requestCode(
            @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            PhoneNumber number = new PhoneNumber(phone);
            Optional<String> shown = login.requestCode(number, request.getRemoteAddr());
            return toCodePage(number, shown, request, redirect);
        } catch (Refusal refused) {
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("phone", phone);
            return loginPage(model);
        }
    }

    @GetMapping("/family/invitation")
    String invitationPage() {
        return "family/invitation";
    }

    @PostMapping("/family/invitation")
    String requestInvitationCode(
            @RequestParam(defaultValue = "") String invitation,
            @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            PhoneNumber number = new PhoneNumber(phone);
            Optional<String> shown = login.requestInvitationCode(invitation, number, request.getRemoteAddr());
            return toCodePage(number, shown, request, redirect);
        } catch (Refusal refused) {
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("phone", phone);
            model.addAttribute("invitation", invitation);
            return "family/invitation";
        }
    }

    private String toCodePage(
            PhoneNumber number, Optional<String> shown, HttpServletRequest request, RedirectAttributes redirect) {
        request.getSession().setAttribute(PHONE, login.seal(number));
        shown.ifPresent(code -> redirect.addFlashAttribute("demoCode", code));
        return "redirect:/family/login/code";
    }

    @GetMapping("/family/login/code")
    String codePage(HttpServletRequest request, Model model) {
        Optional<PhoneNumber> phone = waiting(request);
        if (phone.isEmpty()) {
            return "redirect:/family/login";
        }
        model.addAttribute("phoneMasked", phone.get().masked());
        return "family/code";
    }

    @PostMapping("/family/login/code")
    String verify(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PhoneNumber> phone = waiting(request);
        if (phone.isEmpty()) {
            return "redirect:/family/login";
        }
        try {
            FamilyPrincipal principal = login.verify(phone.get(), code);
            request.getSession().removeAttribute(PHONE);
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new FamilyAuthentication(principal));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:/family";
        } catch (Refusal refused) {
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("phoneMasked", phone.get().masked());
            return "family/code";
        }
    }

    private Optional<PhoneNumber> waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object sealed = session == null ? null : session.getAttribute(PHONE);
        return sealed instanceof String s ? Optional.of(login.open(s)) : Optional.empty();
    }
}
