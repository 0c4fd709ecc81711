package com.aidloop.iam.security;

import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page shown, with status 403, when a logged-in person opens a page their roles do not allow,
 * or a form arrives without its CSRF token ({@link RefusedAccessPage} forwards here).
 */
@Controller
class ForbiddenController {

    @RequestMapping(RefusedAccessPage.PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(HttpServletRequest request, Model model) {
        model.addAttribute(
                "reason",
                Messages.format(RefusedAccessPage.reason(request.getAttribute(WebAttributes.ACCESS_DENIED_403))));
        return "iam/forbidden";
    }
}
