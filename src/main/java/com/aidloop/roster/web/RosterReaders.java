package com.aidloop.roster.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterAccess;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The scope in which the logged-in reader reads a document; 403 when the role may not read it at all. */
@Component
class RosterReaders {

    private final CurrentAccounts accounts;

    RosterReaders(CurrentAccounts accounts) {
        this.accounts = accounts;
    }

    DataScope scopeFor(DocumentKind kind) {
        return RosterAccess.scopeFor(accounts.current(), kind)
                .orElseThrow(() -> new AccessDeniedException("may not read " + kind.slug()));
    }

    /** The documents the reader may read; 403 when none. */
    Set<DocumentKind> readable() {
        CurrentAccount account = accounts.current();
        Set<DocumentKind> kinds = RosterAccess.readable(account);
        if (kinds.isEmpty() || account.scope().isNothing()) {
            throw new AccessDeniedException("may read no roster");
        }
        return kinds;
    }

    DataScope anyScope() {
        readable();
        return accounts.current().scope();
    }
}
