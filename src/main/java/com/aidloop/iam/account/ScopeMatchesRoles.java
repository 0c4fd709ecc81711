package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import com.aidloop.iam.Role.ScopeKind;
import com.aidloop.shared.RegionLevel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's scope binding fits its roles: administrators are bound to nothing; all business
 * roles of one account need the same kind of binding; a region role needs a division code of its
 * own level (a county reviewer a 6-digit county code); school staff need a school. Whether the
 * division or school exists is checked where those are known, not here.
 */
public final class ScopeMatchesRoles implements AccountPolicy {

    @Override
    public Decision check(Set<Role> roles, ScopeBinding scope) {
        if (roles.isEmpty()) {
            return Decision.reject("account.roles.required");
        }
        if (roles.stream().anyMatch(role -> !role.forAccounts())) {
            return Decision.reject("account.roles.familyOnly");
        }
        List<Role> business = roles.stream()
                .filter(role -> role.scopeKind() != ScopeKind.NONE)
                .sorted()
                .toList();
        if (business.isEmpty()) {
            return scope.kind() == ScopeKind.NONE
                    ? Decision.allow()
                    : Decision.reject(
                            "account.scope.adminUnbound",
                            SeparationOfDuties.labels(roles.stream().sorted().toList()));
        }
        Set<ScopeKind> kinds = business.stream().map(Role::scopeKind).collect(Collectors.toSet());
        if (kinds.size() > 1) {
            return Decision.reject("account.scope.mixedKinds");
        }
        return kinds.contains(ScopeKind.SCHOOL) ? checkSchool(scope) : checkRegion(business, scope);
    }

    private static Decision checkSchool(ScopeBinding scope) {
        if (scope.region() != null) {
            return Decision.reject("account.scope.regionNotForSchool");
        }
        if (scope.schoolId() == null) {
            return Decision.reject("account.scope.schoolRequired");
        }
        return scope.schoolId() > 0 ? Decision.allow() : Decision.reject("account.scope.schoolFormat");
    }

    private static Decision checkRegion(List<Role> business, ScopeBinding scope) {
        if (scope.schoolId() != null) {
            return Decision.reject("account.scope.schoolNotForRegion");
        }
        Set<RegionLevel> levels = business.stream()
                .map(role -> RoleScopeLevel.of(role).orElseThrow())
                .collect(Collectors.toSet());
        if (levels.size() > 1) {
            return Decision.reject("account.scope.mixedLevels", SeparationOfDuties.labels(business));
        }
        RegionLevel level = levels.iterator().next();
        String roleLabel = SeparationOfDuties.labels(business);
        if (scope.region() == null) {
            return Decision.reject("account.scope.regionRequired", roleLabel, level.label(), level.codeLength());
        }
        if (scope.region().level() != level) {
            return Decision.reject(
                    "account.scope.regionLevel",
                    roleLabel,
                    level.label(),
                    level.codeLength(),
                    scope.region().value(),
                    scope.region().value().length());
        }
        return Decision.allow();
    }
}
