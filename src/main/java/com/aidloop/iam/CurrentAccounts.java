package com.aidloop.iam;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in on the registry branch for the iam module's CurrentAccounts, with the same
 * methods, so that the school and registry pages compile before iam is merged. It reads a
 * CurrentAccount placed as the principal. Replaced by iam's class at the merge.
 */
@Component
public class CurrentAccounts {

    public CurrentAccount current() {
        return find().orElseThrow(NotLoggedIn::new);
    }

    public Optional<CurrentAccount> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
            return Optional.of(account);
        }
        return Optional.empty();
    }

    public static class NotLoggedIn extends AuthenticationCredentialsNotFoundException {

        public NotLoggedIn() {
            super("no account is logged in");
        }
    }
}
