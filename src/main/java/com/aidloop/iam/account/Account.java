package com.aidloop.iam.account;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account (账号): who they are, what roles they hold and which part of the world
 * they may see. Its verbs keep the account rules (三权分立, scope binding) true at all times.
 * Passwords arrive already hashed; whether a new password is good enough is the password
 * policy's question, asked before hashing.
 */
public final class Account {

    private final Long id;
    private final Username username;
    private final Instant createdAt;
    private final int version;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private ScopeBinding scope;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    private int sessionGeneration;

    private Account(
            Long id,
            Username username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            ScopeBinding scope,
            boolean enabled,
            boolean mustChangePassword,
            Instant createdAt,
            Instant passwordChangedAt,
            int sessionGeneration,
            int version) {
        this.id = id;
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.scope = Objects.requireNonNull(scope);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordChangedAt;
        this.sessionGeneration = sessionGeneration;
        this.version = version;
    }

    /**
     * Opens a new account. With {@code mustChangePassword} the person must choose their own
     * password at first login, which is the rule for every password an administrator sets.
     */
    public static Account open(
            Username username,
            String displayName,
            Set<Role> roles,
            ScopeBinding scope,
            String passwordHash,
            boolean mustChangePassword,
            Instant now) {
        AccountPolicy.checkAll(roles, scope).orThrow();
        return new Account(
                null,
                username,
                checkedDisplayName(displayName),
                passwordHash,
                roles,
                scope,
                true,
                mustChangePassword,
                now,
                mustChangePassword ? null : now,
                0,
                0);
    }

    /** Rebuilds an account from storage, as it was saved. */
    public static Account restore(
            long id,
            Username username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            ScopeBinding scope,
            boolean enabled,
            boolean mustChangePassword,
            Instant createdAt,
            Instant passwordChangedAt,
            int sessionGeneration,
            int version) {
        return new Account(
                id,
                username,
                displayName,
                passwordHash,
                roles,
                scope,
                enabled,
                mustChangePassword,
                createdAt,
                passwordChangedAt,
                sessionGeneration,
                version);
    }

    /** Gives the account new roles and a new binding, which must fit together. */
    public void assign(Set<Role> newRoles, ScopeBinding newScope) {
        AccountPolicy.checkAll(newRoles, newScope).orThrow();
        this.roles = EnumSet.copyOf(newRoles);
        this.scope = newScope;
    }

    public void rename(String newDisplayName) {
        this.displayName = checkedDisplayName(newDisplayName);
    }

    /** Disables the account and ends its page sessions. */
    public void disable() {
        this.enabled = false;
        endSessions();
    }

    public void enable() {
        this.enabled = true;
    }

    /**
     * An administrator sets a new initial password; the person must replace it at next login, and
     * every page session of the account ends.
     */
    public void resetPassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.mustChangePassword = true;
        endSessions();
    }

    /**
     * The person chose a new password of their own. Every page session of the account ends, except
     * the one they changed it in, which takes the new {@link #sessionGeneration()}.
     */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
        endSessions();
    }

    /** A page session of an older generation ends at its next request, on whichever server it lives. */
    private void endSessions() {
        this.sessionGeneration++;
    }

    /** Replaces the hash of the same password with a stronger one (the encoder's work factor went up). */
    public void rehashPassword(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    private static String checkedDisplayName(String name) {
        String clean = Text.normalize(name);
        if (clean.isEmpty() || clean.length() > 50) {
            throw AccountRuleBroken.of("account.displayName.required");
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public ScopeBinding scope() {
        return scope;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** Page sessions logged in at another generation have ended. */
    public int sessionGeneration() {
        return sessionGeneration;
    }

    /** The stored version this state was read at; storage refuses to overwrite a newer one. */
    public int version() {
        return version;
    }

    @Override
    public String toString() {
        return "Account[" + id + " " + username + " " + roles + " " + scope.describe() + "]";
    }
}
