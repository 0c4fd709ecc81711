package com.aidloop.roster;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads which document, always inside their own data scope: the county aid centre and county
 * reviewers everything of their county, school aid staff everything of their school, township and
 * village reviewers the review roster of their area, province and city aid centres the summary.
 * Administrators read none (they see no student data).
 */
public final class RosterAccess {

    private RosterAccess() {}

    /** The documents a role may read. */
    public static Set<DocumentKind> readableBy(Role role) {
        return switch (role) {
            case COUNTY_STAFF, COUNTY_REVIEWER, SCHOOL_STAFF -> EnumSet.allOf(DocumentKind.class);
            case TOWNSHIP_REVIEWER, VILLAGE_REVIEWER -> EnumSet.of(DocumentKind.REVIEW);
            case PROVINCE_STAFF, CITY_STAFF -> EnumSet.of(DocumentKind.SUMMARY);
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, GUARDIAN, CLASS_TEACHER ->
                EnumSet.noneOf(DocumentKind.class);
        };
    }

    /** The documents an account may read, through any of its roles. */
    public static Set<DocumentKind> readable(CurrentAccount account) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        account.roles().forEach(role -> kinds.addAll(readableBy(role)));
        return kinds;
    }

    /**
     * The scope inside which the account reads this document; empty when its roles do not allow
     * the document at all, or when it is bound to nothing.
     */
    public static Optional<DataScope> scopeFor(CurrentAccount account, DocumentKind kind) {
        DataScope scope = account.scope();
        if (scope.isNothing() || !readable(account).contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(scope);
    }
}
