package com.aidloop.iam;

import com.aidloop.iam.login.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request, for other modules: its roles and its
 * {@link DataScope}, by which every query of scoped data filters on the server.
 */
@Component
public class CurrentAccounts {

    /** The logged-in account; throws {@link NotLoggedIn} (answered as 401 or a login redirect) if none. */
    public CurrentAccount current() {
        return find().orElseThrow(NotLoggedIn::new);
    }

    public Optional<CurrentAccount> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toCurrentAccount());
        }
        return Optional.empty();
    }

    /** Nobody is logged in where an account is needed. */
    public static class NotLoggedIn extends AuthenticationCredentialsNotFoundException {

        public NotLoggedIn() {
            super("no account is logged in");
        }
    }
}
