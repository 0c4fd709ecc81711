package com.aidloop.iam.login;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.Account;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security holds it in the session: granted {@code ROLE_<role>}
 * for each role and every permission of its roles by name. Carries the account version it was
 * made from, so that a change of roles or scope takes effect at the next request, and the session
 * generation, so that a password change or a disable elsewhere ends this session.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    /**
     * The value the class had before the session generation was added, so that page sessions kept
     * in the database survive the upgrade: a field missing from a stored session reads as 0, the
     * generation every account starts at.
     */
    private static final long serialVersionUID = -637453636024305668L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final String regionCode;
    private final Long schoolId;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final int sessionGeneration;
    private final int version;
    private String passwordHash;

    private AccountPrincipal(Account account) {
        this.id = account.id();
        this.username = account.username().value();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.regionCode = account.scope().regionCode();
        this.schoolId = account.scope().schoolId();
        this.enabled = account.enabled();
        this.mustChangePassword = account.mustChangePassword();
        this.sessionGeneration = account.sessionGeneration();
        this.version = account.version();
        this.passwordHash = account.passwordHash();
    }

    public static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account);
    }

    public CurrentAccount toCurrentAccount() {
        return new CurrentAccount(id, username, displayName, EnumSet.copyOf(roles), regionCode, schoolId);
    }

    public long id() {
        return id;
    }

    /** The name the layout shows in its header. */
    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int version() {
        return version;
    }

    public int sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permissions.addAll(role.permissions());
        }
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + " " + username + " " + roles + "]";
    }
}
