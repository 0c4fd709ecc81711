package com.aidloop.iam;

import java.util.Set;

/**
 * The logged-in account as other modules see it.
 *
 * @param regionCode the bound region, or null
 * @param schoolId the bound school, or null
 */
public record CurrentAccount(
        long id, String username, String displayName, Set<Role> roles, String regionCode, Long schoolId) {

    public DataScope scope() {
        if (schoolId != null) {
            return DataScope.school(schoolId);
        }
        if (regionCode != null) {
            return DataScope.region(regionCode);
        }
        return DataScope.nothing();
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }
}
