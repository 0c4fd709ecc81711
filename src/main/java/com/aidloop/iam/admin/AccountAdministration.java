package com.aidloop.iam.admin;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.Account;
import com.aidloop.iam.account.AccountListing;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.account.NoSelfLockout;
import com.aidloop.iam.account.ScopeBinding;
import com.aidloop.iam.account.Username;
import com.aidloop.iam.login.LoginAttempts;
import com.aidloop.iam.password.PasswordPolicy;
import com.aidloop.iam.token.ApiTokens;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal.Concern;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security admin's work on accounts (账号管理): open, change roles and binding, enable and
 * disable, unlock, and set a new initial password. Every change is audited with old and new
 * values; passwords never appear in the audit trail.
 */
@Component
public class AccountAdministration {

    static final String SYSTEM = "system";

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final NoSelfLockout noSelfLockout = new NoSelfLockout();

    AccountAdministration(
            Accounts accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            ApiTokens tokens,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.attempts = attempts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    public AccountListing list(String keyword, int page, int size) {
        return accounts.search(keyword, Math.max(page, 1), Math.clamp(size, 1, 100), clock.instant());
    }

    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> AccountRuleBroken.of("account.notFound"));
    }

    /** Opens an account whose initial password the person must change at first login. */
    @Transactional
    public long open(String username, AccountDraft draft, String initialPassword) {
        Username name = new Username(username);
        if (accounts.findByUsername(name.value()).isPresent()) {
            throw AccountRuleBroken.of("account.username.taken", name.value());
        }
        Account account = Account.open(
                name,
                draft.displayName(),
                draft.roles(),
                draft.scope(),
                hash(name.value(), initialPassword),
                true,
                clock.instant());
        long id = accounts.insert(account);
        audit.record(AuditRecord.of("ACCOUNT_CREATE", "account", id, text("account.audit.created", name.value()))
                .withChanges(List.of(
                        new FieldChange("用户名", null, name.value()),
                        new FieldChange("姓名", null, account.displayName()),
                        new FieldChange("角色", null, roleLabels(account.roles())),
                        new FieldChange("数据范围", null, account.scope().describe()))));
        return id;
    }

    /** Changes name, roles and binding, if nobody changed the account since {@code version} was read. */
    @Transactional
    public void change(long actorId, long id, int version, AccountDraft draft) {
        Account account = get(id);
        if (account.version() != version) {
            throw AccountRuleBroken.of("account.concurrentChange")
                    .auditedAs(Concern.LOST_RACE)
                    .about("account", id);
        }
        noSelfLockout.checkRoles(actorId, account, draft.roles()).orThrow();
        String oldName = account.displayName();
        Set<Role> oldRoles = account.roles();
        ScopeBinding oldScope = account.scope();
        account.rename(draft.displayName());
        account.assign(draft.roles(), draft.scope());
        accounts.update(account);
        List<FieldChange> changes = new ArrayList<>();
        addIfChanged(changes, "姓名", oldName, account.displayName());
        addIfChanged(changes, "角色", roleLabels(oldRoles), roleLabels(account.roles()));
        addIfChanged(changes, "数据范围", oldScope.describe(), account.scope().describe());
        audit.record(AuditRecord.of("ACCOUNT_UPDATE", "account", id, text("account.audit.updated", account.username()))
                .withChanges(changes));
    }

    @Transactional
    public void enable(long id) {
        Account account = get(id);
        if (!account.enabled()) {
            account.enable();
            accounts.update(account);
            audit.record(
                    AuditRecord.of("ACCOUNT_ENABLE", "account", id, text("account.audit.enabled", account.username()))
                            .withChanges(List.of(new FieldChange("状态", "停用", "启用"))));
        }
    }

    /** Disables an account, ending its sessions at their next request and revoking its API tokens. */
    @Transactional
    public void disable(long actorId, long id) {
        noSelfLockout.checkDisable(actorId, id).orThrow();
        Account account = get(id);
        if (account.enabled()) {
            account.disable();
            accounts.update(account);
            tokens.revokeAll(id);
            audit.record(
                    AuditRecord.of("ACCOUNT_DISABLE", "account", id, text("account.audit.disabled", account.username()))
                            .withChanges(List.of(new FieldChange("状态", "启用", "停用"))));
        }
    }

    /** Lifts a lockout from failed logins at once. */
    @Transactional
    public void unlock(long id) {
        Account account = get(id);
        attempts.forget(account.username().key());
        audit.record(
                AuditRecord.of("ACCOUNT_UNLOCK", "account", id, text("account.audit.unlocked", account.username())));
    }

    /**
     * Sets a new initial password, which the person must change at next login; lifts any lockout
     * and revokes the account's API tokens.
     */
    @Transactional
    public void resetPassword(long id, String initialPassword) {
        Account account = get(id);
        account.resetPassword(hash(account.username().value(), initialPassword));
        accounts.update(account);
        attempts.forget(account.username().key());
        tokens.revokeAll(id);
        audit.record(
                AuditRecord.of("PASSWORD_RESET", "account", id, text("account.audit.passwordReset", account.username()))
                        .withChanges(List.of(new FieldChange("需修改密码", "否", "是"))));
    }

    /** See {@link com.aidloop.iam.AccountManagement#ensureDemoAccount}. */
    @Transactional
    public long ensureDemoAccount(
            String username, String displayName, Set<Role> roles, String regionCode, Long schoolId, String password) {
        Username name = new Username(username);
        var existing = accounts.findByUsername(name.value());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        AccountDraft draft = new AccountDraft(displayName, roles, regionCode, schoolId);
        Account account = Account.open(
                name,
                draft.displayName(),
                draft.roles(),
                draft.scope(),
                hash(name.value(), password),
                false,
                clock.instant());
        long id = accounts.insert(account);
        audit.record(AuditRecord.of("ACCOUNT_CREATE", "account", id, text("account.audit.demoCreated", name.value()))
                .withChanges(List.of(
                        new FieldChange("用户名", null, name.value()),
                        new FieldChange("角色", null, roleLabels(account.roles())),
                        new FieldChange("数据范围", null, account.scope().describe())))
                .by(SYSTEM));
        return id;
    }

    private static void addIfChanged(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    static String roleLabels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    private static String text(String code, Object arg) {
        return Messages.format(code, String.valueOf(arg));
    }

    /** Checks a new password against the policy and hashes it; a rejection says what to do. */
    private String hash(String username, String password) {
        policy.check(username, password).orThrow();
        return encoder.encode(password);
    }
}
