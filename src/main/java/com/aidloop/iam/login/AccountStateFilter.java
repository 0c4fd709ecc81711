package com.aidloop.iam.login;

import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.account.Accounts.AccountStatus;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session true to its account, at one indexed look-up per request: a disabled or
 * removed account is logged out at once; a session of an older session generation (the password
 * was changed or reset elsewhere, or the account disabled meanwhile) ends; a change of roles or
 * scope takes effect at once; and an account that must change its password is sent to the
 * password page for every other page.
 */
public class AccountStateFilter extends OncePerRequestFilter {

    public static final String PASSWORD_PAGE = "/account/password";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");
    private static final List<String> ALWAYS_ALLOWED =
            List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/forbidden");

    /** Where a session that ended because of its account's session generation is sent. */
    public static final String SESSION_ENDED = "/login?ended";

    private final Accounts accounts;
    private final SessionPrincipals principals;

    public AccountStateFilter(Accounts accounts, SessionPrincipals principals) {
        this.accounts = accounts;
        this.principals = principals;
    }

    /** Style sheets, scripts and icons need no account check. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return STATIC.stream().anyMatch(path(request)::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStatus> status = accounts.status(principal.id());
        if (status.isEmpty() || !status.get().enabled()) {
            endSession(request);
            redirect(request, response, "/login");
            return;
        }
        if (status.get().sessionGeneration() != principal.sessionGeneration()) {
            endSession(request);
            redirect(request, response, SESSION_ENDED);
            return;
        }
        if (status.get().version() != principal.version()) {
            principals.refresh(principal.id(), request, response);
        }
        if (status.get().mustChangePassword() && !alwaysAllowed(request)) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static boolean alwaysAllowed(HttpServletRequest request) {
        return ALWAYS_ALLOWED.stream().anyMatch(path(request)::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A plain redirect, or for an htmx request the header that makes htmx load the whole page. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String target = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }
}
