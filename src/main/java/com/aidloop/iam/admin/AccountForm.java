package com.aidloop.iam.admin;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.Account;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The account form of the security admin's pages, as the browser sends it. */
public class AccountForm {

    private String username;
    private String displayName;
    private List<Role> roles = new ArrayList<>();
    private String regionCode;
    private String schoolId;
    private String password;
    private int version;

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.username = account.username().value();
        form.displayName = account.displayName();
        form.roles = new ArrayList<>(account.roles());
        form.regionCode = account.scope().regionCode();
        form.schoolId = account.scope().schoolId() == null
                ? null
                : account.scope().schoolId().toString();
        form.version = account.version();
        return form;
    }

    AccountDraft draft() {
        return new AccountDraft(
                displayName,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                regionCode,
                parsedSchoolId());
    }

    private Long parsedSchoolId() {
        if (schoolId == null || schoolId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(schoolId.strip());
        } catch (NumberFormatException e) {
            throw AccountRuleBroken.of("account.scope.schoolFormat");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
