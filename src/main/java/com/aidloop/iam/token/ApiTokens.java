package com.aidloop.iam.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff API tokens ({@link OpaqueToken}s), handed out once and stored only as their digest with
 * an expiry.
 */
public class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public ApiTokens(JdbcClient jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(long accountId) {
        OpaqueToken token = OpaqueToken.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("""
                INSERT INTO iam_api_token (account_id, token_hash, issued_at, expires_at)
                VALUES (:accountId, :hash, :issuedAt, :expiresAt)
                """)
                .param("accountId", accountId)
                .param("hash", token.digest())
                .param("issuedAt", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update();
        return new IssuedToken(token.value(), expiresAt);
    }

    /** The account a presented token stands for, while it is neither expired nor revoked. */
    public Optional<Long> accountFor(String token) {
        if (!OpaqueToken.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT account_id FROM iam_api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("hash", OpaqueToken.digest(token))
                .param("now", utc(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Revokes one token; returns whether it was valid until now. */
    public boolean revoke(String token) {
        return jdbc.sql("UPDATE iam_api_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                        .param("hash", OpaqueToken.digest(token))
                        .param("now", utc(clock.instant()))
                        .update()
                > 0;
    }

    /** Revokes every token of an account, when its password changes or it is disabled. */
    public void revokeAll(long accountId) {
        jdbc.sql("UPDATE iam_api_token SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
                .param("accountId", accountId)
                .param("now", utc(clock.instant()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A token as handed to its owner, the only time it exists in clear. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
