package com.aidloop.iam.secondfactor;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Messages;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's second factor (二次验证): enrolling an authenticator app, checking its codes at
 * login, and a security administrator's reset when a phone is lost. Every change is audited; the
 * secret is sealed at rest and shown only once, while enrolling.
 */
@Component
public class SecondFactors {

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, SensitiveData sensitive, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A new key to put into the app: what the page shows once. */
    public record Enrolment(String key, String provisioningUri) {
        @Override
        public String toString() {
            return "Enrolment[****]";
        }
    }

    public boolean isEnrolled(long accountId) {
        return jdbc.sql("SELECT count(*) FROM iam_second_factor WHERE account_id = :id AND confirmed_at IS NOT NULL")
                        .param("id", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The enrolment under way: the key to put into the app, the same until it is confirmed. A
     * confirmed factor gives none; only an administrator's reset lets its owner enrol again.
     */
    @Transactional
    public Optional<Enrolment> enrolment(long accountId, String username) {
        if (isEnrolled(accountId)) {
            return Optional.empty();
        }
        jdbc.sql("""
                INSERT INTO iam_second_factor (account_id, secret_sealed, created_at) VALUES (:id, :secret, :now)
                ON CONFLICT (account_id) DO NOTHING
                """)
                .param("id", accountId)
                .param("secret", sensitive.seal(Base64.getEncoder().encodeToString(Totp.newSecret(random))))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        String sealed = jdbc.sql("SELECT secret_sealed FROM iam_second_factor WHERE account_id = :id")
                .param("id", accountId)
                .query(String.class)
                .single();
        byte[] secret = Base64.getDecoder().decode(sensitive.open(sealed));
        return Optional.of(new Enrolment(Totp.base32(secret), Totp.provisioningUri("学生资助闭环管理平台", username, secret)));
    }

    /** The first code from the app confirms the enrolment. */
    @Transactional
    public boolean confirm(long accountId, String code) {
        boolean confirmed = use(accountId, code, false);
        if (confirmed) {
            jdbc.sql("UPDATE iam_second_factor SET confirmed_at = :now WHERE account_id = :id")
                    .param("id", accountId)
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            audit.record(AuditRecord.of(
                    "SECOND_FACTOR_ENROL", "account", accountId, Messages.format("secondFactor.audit.enrolled")));
        }
        return confirmed;
    }

    /** A code at login: right, near now, and not used before. */
    @Transactional
    public boolean verify(long accountId, String code) {
        return use(accountId, code, true);
    }

    /** A security administrator removes the factor of someone who lost their phone; they enrol again. */
    @Transactional
    public void reset(long accountId, String username) {
        int removed = jdbc.sql("DELETE FROM iam_second_factor WHERE account_id = :id")
                .param("id", accountId)
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.of(
                    "SECOND_FACTOR_RESET",
                    "account",
                    accountId,
                    Messages.format("secondFactor.audit.reset", username)));
        }
    }

    private boolean use(long accountId, String code, boolean confirmed) {
        Optional<Stored> stored = jdbc.sql("""
                SELECT secret_sealed, last_step FROM iam_second_factor
                WHERE account_id = :id AND (confirmed_at IS NOT NULL) = :confirmed
                FOR UPDATE
                """)
                .param("id", accountId)
                .param("confirmed", confirmed)
                .query((rs, n) -> new Stored(rs.getString("secret_sealed"), rs.getLong("last_step")))
                .optional();
        if (stored.isEmpty()) {
            return false;
        }
        byte[] secret = Base64.getDecoder().decode(sensitive.open(stored.get().sealedSecret()));
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, stored.get().lastStep());
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE iam_second_factor SET last_step = :step WHERE account_id = :id")
                .param("id", accountId)
                .param("step", step.getAsLong())
                .update();
        return true;
    }

    private record Stored(String sealedSecret, long lastStep) {}
}
