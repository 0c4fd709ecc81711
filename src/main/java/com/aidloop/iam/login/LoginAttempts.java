package com.aidloop.iam.login;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login counts in {@code iam_login_attempt}, per normalised name and client address, per
 * address and per name, for every name anyone types, whether an account has it or not. A failure
 * is counted under a row lock, so concurrent failures all count.
 */
@Repository
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final LockoutPolicy lockout;

    public LoginAttempts(JdbcClient jdbc, LockoutPolicy lockout) {
        this.jdbc = jdbc;
        this.lockout = lockout;
    }

    /** Whether logins of this name from this address must wait, for any of the three counts. */
    public boolean isLocked(String usernameKey, String address) {
        return counters(usernameKey, address).stream()
                .map(c -> state(c, false))
                .flatMap(Optional::stream)
                .anyMatch(lockout::isLocked);
    }

    /** Counts a failure three ways; returns whether the name is now held from this address. */
    @Transactional
    public boolean recordFailure(String usernameKey, String address) {
        boolean held = false;
        for (Counter counter : counters(usernameKey, address)) {
            held |= recordFailure(counter);
        }
        return held;
    }

    /** A successful login: the name starts afresh; what the address did to other names stays. */
    @Transactional
    public void forgetAfterSuccess(String usernameKey, String address) {
        jdbc.sql("""
                DELETE FROM iam_login_attempt
                WHERE username_key = :key
                  AND (kind = 'NAME' OR (kind = 'NAME_AT_ADDRESS' AND client_address = :address))
                """).param("key", usernameKey).param("address", address).update();
    }

    /** An administrator's unlock: every count of the name, from every address, is forgotten. */
    @Transactional
    public void forget(String usernameKey) {
        jdbc.sql("DELETE FROM iam_login_attempt WHERE username_key = :key AND kind <> 'ADDRESS'")
                .param("key", usernameKey)
                .update();
    }

    private boolean recordFailure(Counter counter) {
        jdbc.sql("""
                INSERT INTO iam_login_attempt (kind, username_key, client_address, failed_count, lock_level)
                VALUES (:kind, :key, :address, 0, 0)
                ON CONFLICT (kind, username_key, client_address) DO NOTHING
                """)
                .param("kind", counter.kind().name())
                .param("key", counter.key())
                .param("address", counter.address())
                .update();
        LoginAttemptState next =
                lockout.afterFailure(counter.kind(), state(counter, true).orElseThrow());
        jdbc.sql("""
                UPDATE iam_login_attempt
                SET failed_count = :failed, lock_level = :locks, locked_until = :lockedUntil, last_failure_at = :now
                WHERE kind = :kind AND username_key = :key AND client_address = :address
                """)
                .param("kind", counter.kind().name())
                .param("key", counter.key())
                .param("address", counter.address())
                .param("failed", next.failedCount())
                .param("locks", next.locks())
                .param("lockedUntil", utc(next.lockedUntil()))
                .param("now", utc(lockout.now()))
                .update();
        return lockout.isLocked(next);
    }

    private Optional<LoginAttemptState> state(Counter counter, boolean forUpdate) {
        String sql = """
                SELECT failed_count, lock_level, locked_until FROM iam_login_attempt
                WHERE kind = :kind AND username_key = :key AND client_address = :address
                """ + (forUpdate ? " FOR UPDATE" : "");
        return jdbc.sql(sql)
                .param("kind", counter.kind().name())
                .param("key", counter.key())
                .param("address", counter.address())
                .query((rs, n) -> {
                    OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
                    return new LoginAttemptState(
                            rs.getInt("failed_count"),
                            rs.getInt("lock_level"),
                            until == null ? null : until.toInstant());
                })
                .optional();
    }

    /** Without a client address (no HTTP request), only the name is counted. */
    private static List<Counter> counters(String usernameKey, String address) {
        Counter name = new Counter(AttemptKind.NAME, usernameKey, "");
        if (address == null || address.isEmpty()) {
            return List.of(name);
        }
        return List.of(
                new Counter(AttemptKind.NAME_AT_ADDRESS, usernameKey, address),
                new Counter(AttemptKind.ADDRESS, "", address),
                name);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** One row of counts: its kind, the name it counts ("" for an address) and the address ("" for a name). */
    private record Counter(AttemptKind kind, String key, String address) {}
}
