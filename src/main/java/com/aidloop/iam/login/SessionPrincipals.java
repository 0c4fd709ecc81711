package com.aidloop.iam.login;

import com.aidloop.iam.account.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a freshly read principal of the account into the current request and its page session:
 * after a change of roles or scope, and after the person changed their own password, when this
 * session moves on to the account's new session generation (under a new session id) while every
 * other session of the account ends.
 */
@Component
public class SessionPrincipals {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionPrincipals(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Replaces the principal of this request and its session with one read from the account now. */
    public void refresh(long accountId, HttpServletRequest request, HttpServletResponse response) {
        accounts.findById(accountId).ifPresent(account -> {
            AccountPrincipal fresh = AccountPrincipal.of(account);
            fresh.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }

    /** The person changed their own password in this session: it stays, under a new session id. */
    public void keepAfterPasswordChange(long accountId, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        refresh(accountId, request, response);
    }
}
