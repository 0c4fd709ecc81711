package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import java.util.List;
import java.util.Set;

/** A rule about which roles and which scope binding an account may hold together. */
public interface AccountPolicy {

    Decision check(Set<Role> roles, ScopeBinding scope);

    /** Every account rule, in the order a person should fix them. */
    List<AccountPolicy> ALL = List.of(new SeparationOfDuties(), new ScopeMatchesRoles());

    static Decision checkAll(Set<Role> roles, ScopeBinding scope) {
        return ALL.stream()
                .map(policy -> policy.check(roles, scope))
                .filter(Decision::rejected)
                .findFirst()
                .orElse(Decision.allow());
    }
}
