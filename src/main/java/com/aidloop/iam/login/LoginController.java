package com.aidloop.iam.login;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page; Spring Security's form login handles what it posts. While the platform is
 * starting, the page says so instead of letting a login fail as a wrong password.
 */
@Controller
class LoginController {

    private final StartupGate startup;

    LoginController(StartupGate startup) {
        this.startup = startup;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        model.addAttribute("starting", startup.starting());
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }
}
