package com.aidloop.iam.login;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.Account;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.account.Username;
import com.aidloop.shared.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a username and password for the login form and the token endpoint alike. Every
 * refusal looks the same from outside, whatever its cause (unknown name, wrong password, locked,
 * disabled, slowed), and takes the same time: the password is always run through the encoder, against a
 * dummy hash when there is no account. The audit trail records the true cause. While the
 * platform is still starting, every login is refused as {@link PlatformStarting} instead.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MAX_RECORDED_NAME = 64;

    private final Accounts accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TransactionOperations transactions;
    private final StartupGate startup;
    private final String dummyHash;

    AccountAuthenticationProvider(
            Accounts accounts,
            LoginAttempts attempts,
            PasswordEncoder encoder,
            AuditTrail audit,
            TransactionOperations transactions,
            StartupGate startup) {
        this.accounts = accounts;
        this.startup = startup;
        this.attempts = attempts;
        this.encoder = encoder;
        this.audit = audit;
        this.transactions = transactions;
        this.dummyHash = encoder.encode("dummy-" + UUID.randomUUID());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (startup.starting()) {
            // the accounts may not exist yet: saying "wrong password" would be false
            throw new PlatformStarting();
        }
        String typedName = request.getName() == null ? "" : request.getName();
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        String key = Username.key(typedName);

        String address = clientAddress();
        Optional<Account> found = accounts.findByUsername(typedName);
        boolean locked = attempts.isLocked(key, address);
        boolean passwordMatches =
                passwordMatches(password, found.map(Account::passwordHash).orElse(dummyHash));

        if (found.isEmpty() || !passwordMatches || locked || !found.get().enabled()) {
            refuse(typedName, key, address, found.isPresent(), passwordMatches, locked);
        }
        AccountPrincipal principal = transactions.execute(status -> succeed(found.get(), password, key, address));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void refuse(
            String typedName, String key, String address, boolean known, boolean passwordMatches, boolean locked) {
        String cause;
        if (locked) {
            cause = "login.audit.locked";
        } else if (!passwordMatches) {
            boolean nowLocked = attempts.recordFailure(key, address);
            cause = (known ? "login.audit.wrongPassword" : "login.audit.unknownAccount") + (nowLocked ? "Locked" : "");
        } else {
            cause = "login.audit.disabled";
        }
        audit.record(AuditRecord.of("LOGIN_FAILURE", "account", clip(typedName), Messages.format(cause)));
        throw new BadCredentialsException(Messages.format("login.failed"));
    }

    private AccountPrincipal succeed(Account account, String password, String key, String address) {
        attempts.forgetAfterSuccess(key, address);
        Account current = account;
        if (encoder.upgradeEncoding(account.passwordHash())) {
            account.rehashPassword(encoder.encode(password));
            accounts.update(account);
            current = accounts.findById(account.id()).orElseThrow();
        }
        audit.record(AuditRecord.of("LOGIN_SUCCESS", "account", current.id(), Messages.format("login.audit.success"))
                .by(current.username().value()));
        return AccountPrincipal.of(current);
    }

    private boolean passwordMatches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            encoder.matches("too-long-password", dummyHash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** The client address as the servlet container reports it (forwarded headers only when configured). */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : null;
    }

    private static String clip(String typed) {
        return typed.length() <= MAX_RECORDED_NAME ? typed : typed.substring(0, MAX_RECORDED_NAME);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
