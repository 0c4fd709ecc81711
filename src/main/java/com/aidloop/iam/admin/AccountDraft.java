package com.aidloop.iam.admin;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.ScopeBinding;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.RegionCode;
import java.util.Set;

/**
 * What the security admin typed for an account's roles and binding, before the rules look at it.
 * An empty region code or school means none.
 */
public record AccountDraft(String displayName, Set<Role> roles, String regionCode, Long schoolId) {

    public AccountDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    ScopeBinding scope() {
        if (regionCode != null && schoolId != null) {
            throw AccountRuleBroken.of("account.scope.both");
        }
        if (schoolId != null) {
            return ScopeBinding.school(schoolId);
        }
        if (regionCode == null) {
            return ScopeBinding.none();
        }
        try {
            return ScopeBinding.region(new RegionCode(regionCode));
        } catch (InvalidValue e) {
            throw AccountRuleBroken.of("account.scope.regionFormat", regionCode);
        }
    }
}
