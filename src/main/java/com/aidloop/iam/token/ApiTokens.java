package com.aidloop.iam.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opaque API tokens: 32 random bytes in base64url, handed out once and stored only as their
 * SHA-256 digest with an expiry, so that a copy of the database holds no usable token.
 */
public class ApiTokens {

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(long accountId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("""
                INSERT INTO iam_api_token (account_id, token_hash, issued_at, expires_at)
                VALUES (:accountId, :hash, :issuedAt, :expiresAt)
                """)
                .param("accountId", accountId)
                .param("hash", digest(token))
                .param("issuedAt", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The account a presented token stands for, while it is neither expired nor revoked. */
    public Optional<Long> accountFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT account_id FROM iam_api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("hash", digest(token))
                .param("now", utc(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Revokes one token; returns whether it was valid until now. */
    public boolean revoke(String token) {
        return jdbc.sql("UPDATE iam_api_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                        .param("hash", digest(token))
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

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A token as handed to its owner, the only time it exists in clear. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
