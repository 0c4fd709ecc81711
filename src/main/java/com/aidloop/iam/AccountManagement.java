package com.aidloop.iam;

import com.aidloop.iam.admin.AccountAdministration;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What other modules may ask of account administration. */
@Component
public class AccountManagement {

    private final AccountAdministration administration;

    AccountManagement(AccountAdministration administration) {
        this.administration = administration;
    }

    /**
     * Makes sure a demo account exists, for the demo-data loader of a trial installation. Creates
     * it when no account has the username (in any case), with a password that need not be changed
     * at first login; leaves an existing account as it is. The roles, binding and password must
     * satisfy the same rules as any account's (the password: at least 10 characters, three kinds
     * of character, not common, not containing the username).
     *
     * @param regionCode the bound division code for region roles (2, 4, 6, 9 or 12 digits matching the role), else null
     * @param schoolId the bound school for {@link Role#SCHOOL_STAFF}, else null
     * @return the account's id
     * @throws AccountRuleBroken when a rule is broken; its message says which, in Chinese
     */
    public long ensureDemoAccount(
            String username, String displayName, Set<Role> roles, String regionCode, Long schoolId, String password) {
        return administration.ensureDemoAccount(username, displayName, roles, regionCode, schoolId, password);
    }
}
