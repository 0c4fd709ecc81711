package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A page of the account list for the security admin. */
public record AccountListing(List<Row> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** One account in the list; {@code lockedUntil} is set while failed logins keep it locked. */
    public record Row(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            ScopeBinding scope,
            boolean enabled,
            boolean mustChangePassword,
            Instant lockedUntil,
            boolean secondFactor) {

        public String roleLabels() {
            return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
        }

        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
