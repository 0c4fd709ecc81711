package com.aidloop.iam.token;

import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.iam.token.ApiTokens.IssuedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bearer tokens of families for the family API, issued after a verified SMS code as a page
 * session is: stored only as the token's digest with the number's blind index and who acts. What
 * the family may reach is read afresh at every request, as for a page session.
 */
public class FamilyTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public FamilyTokens(JdbcClient jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(FamilyPrincipal principal) {
        OpaqueToken token = OpaqueToken.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("""
                        INSERT INTO iam_family_token (token_hash, phone_index, phone_masked, acts_as, issued_at, expires_at)
                        VALUES (:hash, :index, :masked, :actsAs, :issuedAt, :expiresAt)
                        """)
                .param("hash", token.digest())
                .param("index", principal.phoneIndex())
                .param("masked", principal.actor().phoneMasked())
                .param("actsAs", principal.actor().kind().name())
                .param("issuedAt", now.atOffset(ZoneOffset.UTC))
                .param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
                .update();
        return new IssuedToken(token.value(), expiresAt);
    }

    /** The family a presented token stands for, while it is neither expired nor revoked. */
    public Optional<FamilyPrincipal> principalFor(String token) {
        if (!OpaqueToken.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT phone_index, phone_masked, acts_as FROM iam_family_token
                         WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                        """)
                .param("hash", OpaqueToken.digest(token))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new FamilyPrincipal(
                        rs.getString("phone_index"),
                        rs.getString("phone_masked"),
                        FamilyActor.Kind.valueOf(rs.getString("acts_as"))))
                .optional();
    }

    /** Revokes one token; returns whether it was valid until now. */
    public boolean revoke(String token) {
        return jdbc.sql("UPDATE iam_family_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                        .param("hash", OpaqueToken.digest(token))
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }
}
