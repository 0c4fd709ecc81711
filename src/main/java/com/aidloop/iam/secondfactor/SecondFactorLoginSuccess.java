package com.aidloop.iam.secondfactor;

import com.aidloop.iam.login.AccountPrincipal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the password: an account with an app goes on to type its code; one that must enrol is
 * marked so, and goes where it was going (the gate then sends it to enrol first).
 */
public class SecondFactorLoginSuccess implements AuthenticationSuccessHandler {

    private final SecondFactors factors;
    private final boolean requiredForAdministrators;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    public SecondFactorLoginSuccess(SecondFactors factors, boolean requiredForAdministrators) {
        this.factors = factors;
        this.requiredForAdministrators = requiredForAdministrators;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        if (factors.isEnrolled(principal.id())) {
            request.getSession().setAttribute(SecondFactorGate.PENDING, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + SecondFactorGate.LOGIN_PAGE);
            return;
        }
        if (requiredForAdministrators && !Collections.disjoint(principal.roles(), SecondFactorGate.REQUIRED_FOR)) {
            request.getSession().setAttribute(SecondFactorGate.ENROL_REQUIRED, Boolean.TRUE);
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
