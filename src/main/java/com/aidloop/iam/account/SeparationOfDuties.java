package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 三权分立: the system, security and audit administrators are three different people, and none
 * of them does business work (which would let one person both act and cover it up).
 */
public final class SeparationOfDuties implements AccountPolicy {

    @Override
    public Decision check(Set<Role> roles, ScopeBinding scope) {
        List<Role> admins =
                roles.stream().filter(Role::isSeparatedAdmin).sorted().toList();
        if (admins.size() > 1) {
            return Decision.reject("account.separation.twoAdmins", labels(admins));
        }
        List<Role> business =
                roles.stream().filter(role -> !role.isSeparatedAdmin()).sorted().toList();
        if (admins.size() == 1 && !business.isEmpty()) {
            return Decision.reject(
                    "account.separation.adminWithBusiness", admins.getFirst().label(), labels(business));
        }
        return Decision.allow();
    }

    static String labels(List<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.joining("、"));
    }
}
