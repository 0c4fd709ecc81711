package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import java.util.Set;

/**
 * A security admin cannot take away their own access: they cannot disable their own account or
 * drop their own security-admin role (another security admin must do it).
 */
public final class NoSelfLockout {

    public Decision checkDisable(long actorId, long targetId) {
        return actorId == targetId ? Decision.reject("account.self.disable") : Decision.allow();
    }

    public Decision checkRoles(long actorId, Account target, Set<Role> newRoles) {
        boolean self = target.id() != null && target.id() == actorId;
        if (self && target.holds(Role.SECURITY_ADMIN) && !newRoles.contains(Role.SECURITY_ADMIN)) {
            return Decision.reject("account.self.dropAdmin");
        }
        return Decision.allow();
    }
}
