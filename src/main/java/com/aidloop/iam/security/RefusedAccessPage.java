package com.aidloop.iam.security;

import com.aidloop.platform.RefusalWitness;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page request the person's roles do not allow, or a form without its CSRF token: told to the
 * {@link RefusalWitness}, which audits it, then answered by the 403 page ({@link ForbiddenController}).
 */
class RefusedAccessPage implements AccessDeniedHandler {

    static final String PAGE = "/forbidden";

    private final ObjectProvider<RefusalWitness> witness;
    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

    RefusedAccessPage(ObjectProvider<RefusalWitness> witness) {
        this.witness = witness;
        page.setErrorPage(PAGE);
    }

    /** The message code of the reason, as the 403 page shows it. */
    static String reason(Object denial) {
        return denial instanceof CsrfException ? "page.csrfRejected" : "page.forbidden";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        witness.ifAvailable(w -> w.forbidden(reason(denied)));
        page.handle(request, response, denied);
    }
}
