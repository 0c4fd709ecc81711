package com.aidloop.iam.password;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.Account;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.account.Decision;
import com.aidloop.iam.token.ApiTokens;
import com.aidloop.shared.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password: they prove the old one, and the new one must meet the
 * policy, differ from the old one and be typed twice alike. Their API tokens are revoked.
 */
@Component
public class OwnPasswordChange {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    OwnPasswordChange(
            Accounts accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApiTokens tokens,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Changes the password, or returns what stands in the way, field by field; empty means done. */
    @Transactional
    public List<Problem> change(long accountId, String oldPassword, String newPassword, String repeatPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        if (oldPassword == null || oldPassword.isEmpty() || !encoder.matches(oldPassword, account.passwordHash())) {
            problems.add(new Problem("oldPassword", Decision.reject("password.oldWrong")));
        }
        policy.problems(account.username().value(), newPassword)
                .forEach(rejection -> problems.add(new Problem("newPassword", rejection)));
        if (newPassword != null && newPassword.equals(oldPassword)) {
            problems.add(new Problem("newPassword", Decision.reject("password.sameAsOld")));
        }
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            problems.add(new Problem("repeatPassword", Decision.reject("password.repeatMismatch")));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        accounts.update(account);
        tokens.revokeAll(accountId);
        audit.record(AuditRecord.of("PASSWORD_CHANGE", "account", accountId, Messages.format("password.audit.changed"))
                .by(account.username().value()));
        return List.of();
    }

    /** Something wrong with one field of the password form. */
    public record Problem(String field, Decision decision) {}
}
